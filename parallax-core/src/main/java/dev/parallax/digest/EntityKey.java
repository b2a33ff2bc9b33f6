package dev.parallax.digest;

import dev.parallax.nlp.Names;

/**
 * The key that follows an entity across stories: its canonical name with spelling variants folded, so
 * "Sergei Lavrov" in one story and "Sergey Lavrov" in another are one entity page ("sergei-lavrov").
 */
public final class EntityKey {

  private EntityKey() {}

  public static String of(String name) {
    return String.join("-", Names.keys(name));
  }

  /**
   * A readable key for links ("yuri-ushakov"): the name's words in lower case without accents. Its {@link
   * #of} is the name's, so a page is found by either.
   */
  public static String slug(String name) {
    String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return String.join("-", plain.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")).replaceAll("^-|-$", "");
  }
}
