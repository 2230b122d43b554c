package org.returnport.devstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A local SMTP server that keeps every message it receives (GreenMail): the product's e-mail goes
 * here in development and tests. The run command also writes each message as an .eml file into a
 * folder and logs its recipient and subject; tests read the messages directly.
 */
public final class MailSink implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(MailSink.class.getName());
  private static volatile MailSink current;

  private final GreenMail greenMail;
  private final Thread writer;

  private MailSink(GreenMail greenMail, Thread writer) {
    this.greenMail = greenMail;
    this.writer = writer;
  }

  static MailSink start(int port, Path folder) throws IOException {
    GreenMail greenMail =
        new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    Thread writer = null;
    if (folder != null) {
      Files.createDirectories(folder);
      writer = new Thread(() -> keepWriting(greenMail, folder), "mail-sink-writer");
      writer.setDaemon(true);
      writer.start();
    }
    LOG.info(() -> "Mail sink listening on port " + port);
    current = new MailSink(greenMail, writer);
    return current;
  }

  /** The sink of this test run. */
  public static MailSink current() {
    return current;
  }

  /** Waits up to the timeout for a message sent to the address that matches. */
  public Optional<MimeMessage> await(String to, Predicate<MimeMessage> matching, Duration timeout)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      for (MimeMessage message : greenMail.getReceivedMessagesForDomain(to)) {
        if (matching.test(message)) {
          return Optional.of(message);
        }
      }
      Thread.sleep(250);
    }
    return Optional.empty();
  }

  public List<MimeMessage> sentTo(String to) {
    return List.of(greenMail.getReceivedMessagesForDomain(to));
  }

  private static void keepWriting(GreenMail greenMail, Path folder) {
    int written = 0;
    while (!Thread.currentThread().isInterrupted()) {
      MimeMessage[] messages = greenMail.getReceivedMessages();
      for (; written < messages.length; written++) {
        MimeMessage message = messages[written];
        Path file = folder.resolve(String.format("%05d.eml", written + 1));
        try (OutputStream out = Files.newOutputStream(file)) {
          message.writeTo(out);
          LOG.info(
              "Mail to "
                  + String.join(", ", List.of(message.getHeader("To")))
                  + ": "
                  + message.getSubject()
                  + " ("
                  + file
                  + ")");
        } catch (IOException | MessagingException e) {
          LOG.log(Level.WARNING, "Could not keep a mail", e);
        }
      }
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  @Override
  public void close() {
    if (writer != null) {
      writer.interrupt();
    }
    greenMail.stop();
  }

  @Override
  public String toString() {
    return "mail sink";
  }
}
