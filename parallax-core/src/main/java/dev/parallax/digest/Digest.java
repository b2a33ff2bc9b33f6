package dev.parallax.digest;

import dev.parallax.brief.Brief;
import java.time.Instant;

/**
 * A story's brief as built, with the signature of the membership it was built from.
 *
 * @param signature {@link Digests#signature} of the story's article ids when the brief was built
 */
public record Digest(String signature, Instant built, Brief brief) {}
