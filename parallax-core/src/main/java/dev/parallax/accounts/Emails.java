package dev.parallax.accounts;

import java.text.Normalizer;
import java.util.Locale;

/** One spelling per address, so Ann@Example.org and ann@example.org are one account. */
public final class Emails {

  private static final int MAX = 254;

  private Emails() {}

  /**
   * The address trimmed, in Unicode NFC and lower case; refused with a message naming it when it is not
   * an address (one @, something on each side, a dot in the domain, no spaces or control characters).
   */
  public static String normalise(String email) {
    if (email == null || email.isBlank()) throw new IllegalArgumentException("an email address is required");
    String e = Normalizer.normalize(email.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    int at = e.indexOf('@');
    boolean ok = e.length() <= MAX && at > 0 && at == e.lastIndexOf('@') && at < e.length() - 1
        && e.indexOf('.', at) > at + 1 && !e.endsWith(".") && e.codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c) || c == '<' || c == '>');
    if (!ok) throw new IllegalArgumentException("not an email address: \"" + clip(email.strip()) + "\"");
    return e;
  }

  private static String clip(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }
}
