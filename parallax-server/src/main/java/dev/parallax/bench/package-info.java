/** Benchmarks of the web app, run by hand ({@code main}); they print numbers and assert nothing. */
package dev.parallax.bench;
