/** The {@code bin/parallax} command line: one picocli subcommand per class, output shapes in {@link dev.parallax.cli.Views}. */
package dev.parallax.cli;
