package org.returnport.it.web;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.returnport.devstack.MailSink;

/** What the product e-mailed, read from the test run's mail sink once the outbox has sent it. */
public final class Mailbox {

  private static final Pattern LINK = Pattern.compile("https?://\\S+");

  private Mailbox() {}

  /** The link (path and query) of the mail to this address with this subject. */
  public static String link(String to, String subject) {
    return newLink(to, subject, Set.of());
  }

  /** The link of a mail to this address with this subject whose link is none of those seen. */
  public static String newLink(String to, String subject, Collection<String> seen) {
    return link(to, subject::equals, subject, seen);
  }

  /** The link of a mail to this address whose subject starts so. */
  public static String linkOfSubjectStartingWith(String to, String start) {
    return link(to, subject -> subject.startsWith(start), start + "…", Set.of());
  }

  private static String link(
      String to, Predicate<String> subject, String described, Collection<String> seen) {
    try {
      MimeMessage mail =
          MailSink.current()
              .await(
                  to,
                  m -> subject.test(subjectOf(m)) && !seen.contains(linkOf(m)),
                  Duration.ofSeconds(30))
              .orElseThrow(() -> new AssertionError("no mail \"" + described + "\" to " + to));
      return linkOf(mail);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The mail to this address with this subject, once the outbox has sent it. */
  public static MimeMessage mail(String to, String subject) {
    try {
      return MailSink.current()
          .await(to, m -> subject.equals(subjectOf(m)), Duration.ofSeconds(30))
          .orElseThrow(() -> new AssertionError("no mail \"" + subject + "\" to " + to));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The plain text of the mail to this address with this subject. */
  public static String text(String to, String subject) {
    return text(mail(to, subject));
  }

  /** How many mails with this subject the address got so far. */
  public static long count(String to, String subject) {
    return MailSink.current().sentTo(to).stream().filter(m -> subject.equals(subjectOf(m))).count();
  }

  /** A mail's plain text part. */
  public static String text(MimeMessage mail) {
    try {
      return ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent().toString();
    } catch (IOException | MessagingException e) {
      throw new AssertionError(e);
    }
  }

  private static String linkOf(MimeMessage mail) {
    Matcher link = LINK.matcher(text(mail));
    if (!link.find()) {
      throw new AssertionError("no link in:\n" + text(mail));
    }
    URI uri = URI.create(link.group());
    return uri.getRawPath() + "?" + uri.getRawQuery();
  }

  private static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      return "";
    }
  }
}
