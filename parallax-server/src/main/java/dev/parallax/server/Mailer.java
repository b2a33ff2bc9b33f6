package dev.parallax.server;

import java.io.IOException;
import java.util.Map;

/** Sends the few emails the app sends (password reset links). */
public interface Mailer {

  void send(String to, String subject, String text) throws IOException;

  /**
   * SMTP as PARALLAX_SMTP_HOST, _PORT, _USER, _PASSWORD, _TLS (starttls, ssl or none) and _FROM configure
   * it; without a host, a mailer that writes the message to the server's log for the admin to pass on.
   */
  static Mailer fromEnvironment(Map<String, String> env) {
    String host = env.get("PARALLAX_SMTP_HOST");
    if (host == null || host.isBlank()) return new LogMailer();
    return SmtpMailer.of(env);
  }
}
