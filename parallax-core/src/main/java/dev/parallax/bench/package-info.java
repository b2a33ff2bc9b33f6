/** Benchmarks run by hand ({@code main} methods) that print speed numbers; never part of the tests. */
package dev.parallax.bench;
