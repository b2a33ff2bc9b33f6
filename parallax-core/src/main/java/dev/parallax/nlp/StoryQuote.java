package dev.parallax.nlp;

import java.util.List;

/**
 * A quote of a story, once: the fullest wording reported, its speaker and every article that carries it.
 *
 * @param speaker the canonical name of the speaker's entity, the words naming an unnamed speaker ("One
 *     former European general"), or {@code null} when the text does not say
 * @param named whether {@code speaker} is an entity of the story
 * @param featured one of the few most informative quotes of its speaker, to show first (see
 *     {@link QuoteAttributor#bySpeaker}); the others are kept, for a reader who asks for all
 */
public record StoryQuote(String speaker, boolean named, String text, List<String> sources, boolean featured) {
  public StoryQuote {
    sources = List.copyOf(sources);
  }

  public StoryQuote(String speaker, boolean named, String text, List<String> sources) {
    this(speaker, named, text, sources, false);
  }

  StoryQuote featured(boolean featured) {
    return new StoryQuote(speaker, named, text, sources, featured);
  }
}
