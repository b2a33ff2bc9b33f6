package dev.parallax.nlp;

import java.util.List;

/**
 * Who a quote is attributed to, as the article's own words say it, before the story resolves it.
 *
 * @param text the words naming the speaker ("Dmitry Peskov, the Kremlin spokesman", "he", "the British Prime
 *     Minister", "One former European general")
 * @param mentions indexes into the article's mentions that may name the speaker, nearest to the verb first
 */
public record Speaker(Kind kind, String text, List<Integer> mentions, int subjects) {

  /**
   * @param subjects how many of the first {@code mentions} are, for a pronoun, the subjects of sentences of the
   *     quote's paragraph (the likeliest antecedents)
   */
  public Speaker {
    mentions = List.copyOf(mentions);
  }

  public Speaker(Kind kind, String text, List<Integer> mentions) {
    this(kind, text, mentions, 0);
  }

  public enum Kind {
    /** A name: "Lavrov said", "said Dmitry Peskov". */
    NAMED,
    /** "he added": the last named speaker. */
    PRONOUN,
    /** "the British Prime Minister said": whoever holds the role in the story. */
    ROLE,
    /** "One former European general said": kept unnamed. */
    UNNAMED,
    /** A quote that goes on right after another quote, without a verb of its own: the same speaker. */
    CONTINUED,
    /** Nothing in the text says who. */
    UNKNOWN
  }

  static Speaker of(Kind kind, String text) {
    return new Speaker(kind, text, List.of());
  }
}
