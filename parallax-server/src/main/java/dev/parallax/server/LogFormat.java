package dev.parallax.server;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.Locale;

/**
 * Lets an appender of {@code logback.xml} write only when {@code LOG_FORMAT} asks for its format: {@code json}
 * for JSON lines (log collectors), anything else (or nothing) for text. One configuration, no script engine.
 */
public final class LogFormat extends Filter<ILoggingEvent> {

  private final String chosen;
  private String format = "text";

  /** As logback.xml makes it: the format chosen by {@code LOG_FORMAT}. */
  public LogFormat() {
    this(System.getenv("LOG_FORMAT"));
  }

  LogFormat(String logFormat) {
    this.chosen = chosen(logFormat);
  }

  static String chosen(String env) {
    return env != null && env.strip().toLowerCase(Locale.ROOT).equals("json") ? "json" : "text";
  }

  /** Set by logback.xml: the format this appender writes ({@code text} or {@code json}). */
  public void setFormat(String format) {
    this.format = format;
  }

  @Override
  public FilterReply decide(ILoggingEvent event) {
    return chosen.equals(format) ? FilterReply.NEUTRAL : FilterReply.DENY;
  }
}
