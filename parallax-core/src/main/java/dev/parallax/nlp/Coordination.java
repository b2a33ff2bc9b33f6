package dev.parallax.nlp;

import dev.parallax.nlp.Mention.Evidence;
import java.util.List;
import java.util.Set;

/**
 * Names listed together are of one kind: in "Instagram, WhatsApp and Snapchat" the one typed by its form
 * (WhatsApp, an inner capital) types the others, which had no cue of their own. Only untyped names take a type,
 * and only from a list whose typed names all agree.
 */
final class Coordination {

  private static final Set<String> JOINERS = Set.of(",", "and", "or", "&");

  private Coordination() {}

  /** Types the untyped mentions of {@code out} from index {@code from} on (one sentence's) by the lists they are in. */
  static void share(List<Mention> out, int from, List<Token> t) {
    int a = from;
    while (a < out.size()) {
      int b = a;
      while (b + 1 < out.size() && joined(out.get(b), out.get(b + 1), t)) b++;
      if (b > a) type(out, a, b + 1, t);
      a = b + 1;
    }
  }

  private static void type(List<Mention> out, int from, int to, List<Token> t) {
    EntityType kind = null;
    for (int k = from; k < to; k++) {
      Mention m = out.get(k);
      if (m.type() == EntityType.OTHER || m.evidence().weight < Evidence.FORM.weight) continue;
      if (kind != null && kind != m.type()) return;
      kind = m.type();
    }
    if (kind == null) return;
    for (int k = from; k < to; k++) {
      Mention m = out.get(k);
      // not an abbreviation: "Ill." after "Lake Forest," is a state, not a third name of the list
      if (m.type() == EntityType.OTHER && m.evidence() == Evidence.NONE && !abbreviation(m, t))
        out.set(k, new Mention(m.text(), kind, Evidence.CONTEXT, m.title(), m.paragraph(), m.start(), m.end()));
    }
  }

  /** A short word followed by a full stop: "Ill." after "Lake Forest,". */
  private static boolean abbreviation(Mention m, List<Token> t) {
    if (m.text().length() > 4) return false;
    for (Token x : t) if (x.start() == m.end()) return x.text().equals(".");
    return false;
  }

  /** Only commas and "and"/"or" between the two names, at least one of them. */
  private static boolean joined(Mention left, Mention right, List<Token> t) {
    if (right.start() <= left.end()) return false;
    int between = 0;
    for (Token x : t) {
      if (x.start() < left.end()) continue;
      if (x.end() > right.start()) break;
      if (!JOINERS.contains(x.text())) return false;
      between++;
    }
    return between > 0;
  }
}
