package dev.parallax.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Option;

/** The {@code --no-progress} option, and the progress bars long commands draw on a terminal's stderr. */
final class ProgressOptions {

  @Option(names = "--no-progress", description = "Never draw a progress bar.")
  boolean noProgress;

  /** Whether to draw bars: text output, stderr a terminal (the launcher tells), and not turned off. */
  boolean drawn(Format format) {
    return !noProgress && Boolean.getBoolean("parallax.tty") && format == Format.TEXT;
  }

  static ProgressBar bar(String task, long max) {
    return new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(max)
        .setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new ConsoleProgressBarConsumer(System.err))
        .setUpdateIntervalMillis(200)
        .build();
  }
}
