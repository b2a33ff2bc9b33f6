package dev.parallax.nlp;

/**
 * A name as written in one paragraph of an article, without a leading title ("Zelensky" in "President
 * Zelensky"), with the type the text suggests and how sure that is.
 *
 * @param title the rank or role written with it ("Prime Minister", "the Kremlin spokesman"), or {@code null}
 * @param paragraph index of the paragraph in the article's body
 * @param start offset of the name in the paragraph
 * @param end offset after the name
 */
public record Mention(String text, EntityType type, Evidence evidence, String title, int paragraph, int start, int end) {

  /** How a mention's type was decided, strongest first. */
  public enum Evidence {
    /** The name is in a word list of places or organisations. */
    LEXICON(4),
    /** A person's title or role stands with it. */
    TITLE(3),
    /** Its form: a word such as "Ministry" or "Bank", or an acronym. */
    FORM(2),
    /** Its surroundings: "in Riyadh", "Lavrov said", a name of several capitalised words. */
    CONTEXT(1),
    /** Nothing; the type is {@link EntityType#OTHER}. */
    NONE(0);

    final int weight;

    Evidence(int weight) {
      this.weight = weight;
    }
  }

  public int tokens() {
    return text.split("\\s+").length;
  }
}
