/**
 * Whether the store, the search index, the stories and their briefs agree, and putting them back in
 * agreement from the store, which is the source of truth ({@code parallax check [--repair]}).
 */
package dev.parallax.consistency;
