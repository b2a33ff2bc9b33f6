package dev.parallax.server;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With no SMTP server configured, the message goes to the server's log, where the admin reads the link
 * and passes it on. The person asking sees the same page either way.
 */
final class LogMailer implements Mailer {

  private static final Logger LOG = LoggerFactory.getLogger(LogMailer.class);

  @Override
  public void send(String to, String subject, String text) {
    LOG.warn("no SMTP server configured (PARALLAX_SMTP_HOST): pass this message on to {}\nSubject: {}\n{}", to, subject, text);
  }
}
