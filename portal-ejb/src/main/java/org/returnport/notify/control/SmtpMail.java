package org.returnport.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returnport.notify.entity.MailMessage;

/**
 * Sends e-mail through the SMTP server of the configuration (in development and tests a local sink
 * that keeps every message). Each message carries its outbox event id, so that a message sent twice
 * after a crash can be recognised.
 */
@ApplicationScoped
public class SmtpMail {

  @Inject
  @ConfigProperty(name = "returnport.smtp.host", defaultValue = "localhost")
  String host;

  @Inject
  @ConfigProperty(name = "returnport.smtp.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "returnport.smtp.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "returnport.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "returnport.smtp.starttls", defaultValue = "false")
  boolean starttls;

  @Inject
  @ConfigProperty(name = "returnport.mail.from", defaultValue = "returns@returnport.example")
  String from;

  @Inject
  @ConfigProperty(name = "returnport.smtp.helo", defaultValue = "returnport.localdomain")
  String heloName;

  /**
   * Opens one connection to the SMTP server for many messages: one greeting (and one TLS handshake)
   * instead of one per message. A connection serves one thread at a time.
   */
  public Connection connect() throws MessagingException {
    Session session = session();
    Transport transport = session.getTransport("smtp");
    if (user.isPresent()) {
      transport.connect(host, port, user.get(), password.orElse(""));
    } else {
      transport.connect();
    }
    return new Connection(session, transport);
  }

  /** An open connection to the SMTP server. */
  public final class Connection implements AutoCloseable {

    private final Session session;
    private final Transport transport;

    private Connection(Session session, Transport transport) {
      this.session = session;
      this.transport = transport;
    }

    public void send(String eventId, MailMessage mail) throws MessagingException {
      MimeMessage message = message(session, eventId, mail);
      transport.sendMessage(message, message.getAllRecipients());
    }

    /** False once the server or the network has dropped the connection. */
    public boolean isConnected() {
      return transport.isConnected();
    }

    @Override
    public void close() throws MessagingException {
      transport.close();
    }
  }

  private MimeMessage message(Session session, String eventId, MailMessage mail)
      throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    try {
      message.setFrom(new InternetAddress(from, mail.fromName(), "UTF-8"));
    } catch (UnsupportedEncodingException e) {
      throw new MessagingException("UTF-8 is always supported", e);
    }
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to()));
    message.setSubject(mail.subject(), "UTF-8");
    message.setHeader("X-Returnport-Event-Id", eventId);
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.text(), "UTF-8");
    MimeBodyPart html = new MimeBodyPart();
    html.setContent(mail.html(), "text/html; charset=UTF-8");
    MimeMultipart alternatives = new MimeMultipart("alternative");
    alternatives.addBodyPart(text);
    alternatives.addBodyPart(html);
    message.setContent(alternatives);
    message.saveChanges();
    return message;
  }

  private Session session() {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", host);
    properties.put("mail.smtp.port", String.valueOf(port));
    properties.put("mail.smtp.connectiontimeout", "10000");
    properties.put("mail.smtp.timeout", "10000");
    properties.put("mail.smtp.starttls.enable", String.valueOf(starttls));
    // The name we greet the server with: without it Jakarta Mail looks up this host's name in
    // DNS for every message, which can take seconds where DNS is slow or absent.
    properties.put("mail.smtp.localhost", heloName);
    // The domain of each Message-ID; without it Jakarta Mail asks the operating system for this
    // host's name, which would also show an internal host name to every shopper.
    properties.put("mail.from", from);
    if (user.isPresent()) {
      properties.put("mail.smtp.auth", "true");
      return Session.getInstance(
          properties,
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(user.get(), password.orElse(""));
            }
          });
    }
    return Session.getInstance(properties);
  }
}
