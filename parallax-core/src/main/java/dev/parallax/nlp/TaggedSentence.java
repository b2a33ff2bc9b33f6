package dev.parallax.nlp;

import java.util.List;

/** One sentence of a paragraph, its offset in the paragraph and its tagged tokens (offsets in the paragraph). */
public record TaggedSentence(String text, int start, List<Token> tokens) {
  public TaggedSentence {
    tokens = List.copyOf(tokens);
  }
}
