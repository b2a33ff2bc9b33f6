package dev.parallax.nlp;

/** What a name refers to; {@link #OTHER} when the text gives no reliable cue. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  PLACE,
  OTHER
}
