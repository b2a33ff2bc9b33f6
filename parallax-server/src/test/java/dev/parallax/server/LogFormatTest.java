package dev.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.spi.FilterReply;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusUtil;
import org.junit.jupiter.api.Test;

/** LOG_FORMAT=json picks the JSON appender of logback.xml; anything else, or nothing, the text one. */
class LogFormatTest {

  private static FilterReply decide(String logFormat, String appenderFormat) {
    LogFormat filter = new LogFormat(logFormat);
    filter.setFormat(appenderFormat);
    return filter.decide(new LoggingEvent());
  }

  @Test
  void exactlyOneAppenderWritesForEachSetting() {
    for (String env : new String[] {null, "", "text", "xml"}) {
      assertThat(decide(env, "text")).as(env).isEqualTo(FilterReply.NEUTRAL);
      assertThat(decide(env, "json")).as(env).isEqualTo(FilterReply.DENY);
    }
    for (String env : new String[] {"json", " JSON "}) {
      assertThat(decide(env, "json")).as(env).isEqualTo(FilterReply.NEUTRAL);
      assertThat(decide(env, "text")).as(env).isEqualTo(FilterReply.DENY);
    }
  }

  @Test
  void theShippedConfigurationLoadsWithoutErrorsAndHasATextAndAJsonAppender() throws Exception {
    LoggerContext context = new LoggerContext();
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(LogFormat.class.getResource("/logback.xml"));
    assertThat(new StatusUtil(context).getHighestLevel(0)).as(context.getStatusManager().getCopyOfStatusList().toString()).isLessThan(Status.WARN);
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    assertThat(root.getAppender("TEXT")).isNotNull();
    assertThat(root.getAppender("JSON")).isNotNull();
    assertThat(((OutputStreamAppender<?>) root.getAppender("JSON")).getEncoder()).isInstanceOf(JsonEncoder.class);
    assertThat(root.getAppender("JSON").getCopyOfAttachedFiltersList()).hasOnlyElementsOfType(LogFormat.class);
    assertThat(context.getLogger("parallax.access").getEffectiveLevel()).isEqualTo(Level.INFO);
    assertThat(context.getLogger("org.eclipse.jetty").getEffectiveLevel()).isEqualTo(Level.WARN);
    context.stop();
  }
}
