package dev.parallax.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The role of each article in its story's chronology, read from the text's own tense and time words:
 * a preview speaks of what will happen, an outcome of what was agreed or decided, an analysis argues; the
 * rest report. Roles order undated articles ("will meet this week" before "met on Tuesday").
 */
final class Roles {

  static final String PREVIEW = "preview";
  static final String REPORT = "report";
  static final String OUTCOME = "outcome";
  static final String ANALYSIS = "analysis";

  private static final int I = Pattern.CASE_INSENSITIVE;
  private static final Pattern FUTURE =
      Pattern.compile(
          "\\b(will (meet|hold|travel|visit|discuss|begin|start|take place|attend|lead|sit down)"
              + "|(is|are) (expected|set|scheduled|due|poised|slated) to|plans? to|planning to|intends? to"
              + "|this week|next week|later this month|upcoming|ahead of (the|next)|in the coming days)\\b",
          I);
  private static final Pattern PAST_EVENT =
      Pattern.compile(
          "\\b(met|held|began|begun|opened|talked|spoke|spoken|sat (opposite|across|next)|arrived|landed"
              + "|took place|have begun|has begun|were held)\\b",
          I);
  private static final Pattern RESULT =
      Pattern.compile(
          "\\b(agreed to|agreed on|reached an? (deal|agreement)|signed|ruled out|committed to|concluded|ended with"
              + "|after (more than )?(\\w+ )?(hours|days) of (talks|negotiations)|had spoken for|will now|next round"
              + "|outcome|the two sides agreed|postponed|called off|announced after)\\b",
          I);
  private static final Pattern OPINION =
      Pattern.compile(
          "\\b(analysis|opinion|column|editorial|in my view|i think|i believe|we should|must not be allowed|commentary)\\b",
          I);

  private Roles() {}

  /** One article's cue counts. */
  record Cues(int future, int past, int result, int opinion) {}

  static Cues cues(String text) {
    return new Cues(count(FUTURE, text), count(PAST_EVENT, text), count(RESULT, text), count(OPINION, text));
  }

  /**
   * Roles for a story's articles, in the given order. Relative within the story: of the articles that
   * report results, the one with the most result cues is the outcome. An article whose lead already tells
   * of an event that happened is no preview, whatever it anticipates further down.
   *
   * @param texts each article's text
   * @param leads each article's first sentences
   */
  static List<String> assign(List<String> texts, List<String> leads) {
    List<Cues> cues = texts.stream().map(Roles::cues).toList();
    List<String> roles = new ArrayList<>();
    int outcome = -1;
    int best = 1;
    for (int i = 0; i < cues.size(); i++) {
      Cues c = cues.get(i);
      int net = c.result() - c.future();
      if (c.result() >= 2 && net >= best) {
        best = net;
        outcome = i;
      }
    }
    for (int i = 0; i < cues.size(); i++) {
      Cues c = cues.get(i);
      if (i == outcome) roles.add(OUTCOME);
      else if (c.opinion() >= 2 && c.opinion() >= c.past()) roles.add(ANALYSIS);
      else if (c.future() >= 2 && c.future() > c.past() + c.result() && count(PAST_EVENT, leads.get(i)) == 0)
        roles.add(PREVIEW);
      else roles.add(REPORT);
    }
    return roles;
  }

  /** Where a role sits when dates are missing. */
  static int rank(String role) {
    return switch (role) {
      case PREVIEW -> 0;
      case REPORT -> 1;
      case ANALYSIS -> 2;
      default -> 3;
    };
  }

  private static int count(Pattern p, String text) {
    Matcher m = p.matcher(text);
    int n = 0;
    while (m.find()) n++;
    return n;
  }
}
