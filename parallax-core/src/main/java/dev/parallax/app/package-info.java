/** The one place that wires the pipeline's parts together, for the CLI and the server alike. */
package dev.parallax.app;
