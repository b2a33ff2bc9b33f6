package dev.parallax.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in a reader's words what is wrong with a query the classic parser refused: its own messages name
 * grammar states ("Lexical error at line 1, column 12 ... (in lexical state 2)") that mean nothing to someone
 * who typed a stray quote. Unbalanced quotes, brackets and a trailing backslash are found by a scan of the
 * text; other errors keep the parser's position, without its grammar.
 */
final class QuerySyntax {

  private static final Pattern COLUMN = Pattern.compile("column (\\d+)");
  private static final Pattern ENCOUNTERED = Pattern.compile("Encountered \"\\s*(?:<[A-Z_]+>\\s*)?\"?([^\"]*?)\"?\\s*\"");

  private QuerySyntax() {}

  /** Why {@code query} cannot be parsed, given the parser's exception. */
  static String reason(String query, Throwable parserError) {
    String unbalanced = unbalanced(query);
    if (unbalanced != null) return unbalanced;
    String message = parserError.getMessage() == null ? "" : parserError.getMessage().lines().findFirst().orElse("");
    if (message.contains("Encountered \"<EOF>\"") || message.contains("Encountered: <EOF>"))
      return "it ends where a word was expected (after an operator, a field name or a + or -)";
    Matcher at = COLUMN.matcher(message);
    String where = at.find() ? " at character " + at.group(1) : "";
    Matcher what = ENCOUNTERED.matcher(message);
    if (what.find() && !what.group(1).isBlank())
      return "unexpected \"" + what.group(1).strip() + "\"" + where
          + " (put words with special characters in quotes, or escape them with \\)";
    return "it cannot be read" + where + " (put words with special characters in quotes, or escape them with \\)";
  }

  /** An unclosed quote, bracket or parenthesis, a stray closing one, or a trailing backslash; else null. */
  static String unbalanced(String query) {
    int quote = -1;
    java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        if (i == query.length() - 1) return "it ends with a backslash (\\), which escapes nothing; remove it or double it";
        i++;
        continue;
      }
      if (c == '"') {
        quote = quote < 0 ? i : -1;
        continue;
      }
      if (quote >= 0) continue;
      if (c == '(' || c == '[' || c == '{') {
        open.push(i);
      } else if (c == ')' || c == ']' || c == '}') {
        if (open.isEmpty())
          return "the \"" + c + "\" at character " + (i + 1) + " closes nothing; remove it or put it in quotes";
        open.pop();
      }
    }
    if (quote >= 0)
      return "the quote (\") at character " + (quote + 1) + " is not closed; close the phrase with another \" or remove it";
    if (!open.isEmpty()) {
      int at = open.peekLast();
      return "the \"" + query.charAt(at) + "\" at character " + (at + 1) + " is not closed; close it or remove it";
    }
    return null;
  }
}
