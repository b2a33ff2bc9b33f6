package dev.parallax.brief;

import java.time.Instant;
import java.util.List;

/**
 * Everything Parallax says about one story, every statement with the ids of the articles that support it.
 *
 * @param notes what this brief does not cover yet, said plainly rather than filled with invented content
 */
public record Brief(
    String headline,
    List<Sourced> summary,
    List<Sourced> facts,
    List<Quote> quotes,
    List<Entity> entities,
    List<Disagreement> disagreements,
    List<TimelineEntry> timeline,
    List<String> notes) {

  public Brief {
    summary = List.copyOf(summary);
    facts = List.copyOf(facts);
    quotes = List.copyOf(quotes);
    entities = List.copyOf(entities);
    disagreements = List.copyOf(disagreements);
    timeline = List.copyOf(timeline);
    notes = List.copyOf(notes);
  }

  /** A statement and the articles that report it. */
  public record Sourced(String text, List<String> sources) {
    public Sourced {
      sources = List.copyOf(sources);
    }
  }

  /** A direct quote, its normalised speaker and the articles that carry it. */
  public record Quote(String speaker, String text, List<String> sources) {
    public Quote {
      sources = List.copyOf(sources);
    }
  }

  /** A person, organisation or place with the spellings seen. Type is PERSON, ORGANIZATION, PLACE or OTHER. */
  public record Entity(String name, String type, List<String> variants, List<String> sources) {
    public Entity {
      variants = List.copyOf(variants);
      sources = List.copyOf(sources);
    }
  }

  /** Outlets that differ about one thing; kind is "conflict" or "update". */
  public record Disagreement(String about, String kind, List<Sourced> claims) {
    public Disagreement {
      claims = List.copyOf(claims);
    }
  }

  /** One article's place in the story's chronology; role is preview, report, outcome or analysis. */
  public record TimelineEntry(String article, Instant published, String role) {}
}
