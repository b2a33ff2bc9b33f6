package dev.parallax.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * A publisher whose articles Parallax reads. The id is derived from the name so that two files from the
 * same outlet share one row without a lookup.
 */
public record Outlet(String id, String name, String homepage) {

  public Outlet {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    if (id.isBlank()) throw new IllegalArgumentException("outlet id must not be blank");
    if (name.isBlank()) throw new IllegalArgumentException("outlet name must not be blank");
  }

  /** The outlet for a display name, with a slug id ("The Independent UK" becomes "the-independent-uk"). */
  public static Outlet named(String name) {
    return new Outlet(slug(name), name.strip(), null);
  }

  static String slug(String name) {
    String slug =
        name.strip()
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N}]+", "-")
            .replaceAll("(^-+|-+$)", "");
    return slug.isEmpty() ? "unknown" : slug;
  }
}
