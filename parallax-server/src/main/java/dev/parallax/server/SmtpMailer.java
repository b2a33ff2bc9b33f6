package dev.parallax.server;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** Email through an SMTP server (Jakarta Mail, Angus Mail), with timeouts so a dead server cannot hang a request. */
final class SmtpMailer implements Mailer {

  private final Session session;
  private final InternetAddress from;

  private SmtpMailer(Session session, InternetAddress from) {
    this.session = session;
    this.from = from;
  }

  /** From PARALLAX_SMTP_*; a setting that cannot be used is refused with a message naming it. */
  static SmtpMailer of(Map<String, String> env) {
    String host = env.get("PARALLAX_SMTP_HOST").strip();
    String tls = env.getOrDefault("PARALLAX_SMTP_TLS", "starttls").strip().toLowerCase(Locale.ROOT);
    if (!tls.equals("starttls") && !tls.equals("ssl") && !tls.equals("none"))
      throw new IllegalArgumentException("PARALLAX_SMTP_TLS must be starttls, ssl or none, was \"" + tls + "\"");
    String port = env.getOrDefault("PARALLAX_SMTP_PORT", tls.equals("ssl") ? "465" : tls.equals("starttls") ? "587" : "25").strip();
    if (!port.matches("\\d{1,5}")) throw new IllegalArgumentException("PARALLAX_SMTP_PORT must be a port number, was \"" + port + "\"");
    String user = env.get("PARALLAX_SMTP_USER");
    String password = env.get("PARALLAX_SMTP_PASSWORD");
    String fromText = env.getOrDefault("PARALLAX_SMTP_FROM", user != null && user.contains("@") ? user : "parallax@" + host);
    InternetAddress from;
    try {
      from = new InternetAddress(fromText, true);
    } catch (MessagingException e) {
      throw new IllegalArgumentException("PARALLAX_SMTP_FROM is not an email address: \"" + fromText + "\"", e);
    }
    Properties p = new Properties();
    p.put("mail.smtp.host", host);
    p.put("mail.smtp.port", port);
    p.put("mail.smtp.connectiontimeout", "10000");
    p.put("mail.smtp.timeout", "10000");
    p.put("mail.smtp.writetimeout", "10000");
    if (tls.equals("starttls")) {
      p.put("mail.smtp.starttls.enable", "true");
      p.put("mail.smtp.starttls.required", "true");
    } else if (tls.equals("ssl")) p.put("mail.smtp.ssl.enable", "true");
    if (!tls.equals("none")) p.put("mail.smtp.ssl.checkserveridentity", "true");
    Authenticator auth = null;
    if (user != null && !user.isBlank()) {
      p.put("mail.smtp.auth", "true");
      auth = new Authenticator() {
        @Override
        protected PasswordAuthentication getPasswordAuthentication() {
          return new PasswordAuthentication(user, password == null ? "" : password);
        }
      };
    }
    return new SmtpMailer(Session.getInstance(p, auth), from);
  }

  @Override
  public void send(String to, String subject, String text) throws IOException {
    try {
      MimeMessage m = new MimeMessage(session);
      m.setFrom(from);
      m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
      m.setSubject(subject, StandardCharsets.UTF_8.name());
      m.setText(text, StandardCharsets.UTF_8.name());
      Transport.send(m);
    } catch (MessagingException e) {
      throw new IOException("cannot send mail to " + to + " through SMTP: " + e.getMessage(), e);
    }
  }
}
