package org.returnport.community.notifications.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returnport.community.notifications.entity.Notification;
import org.returnport.members.entity.Member;
import org.returnport.notify.control.MailHtml;
import org.returnport.notify.control.Outbox;
import org.returnport.notify.entity.MailMessage;
import org.returnport.tenant.entity.Branding;
import org.returnport.tenant.entity.Tenant;

/**
 * The member's e-mails about notifications, in their language under the store's name and colour:
 * one notification at once, or the day's digest of the unread ones. Queued in the outbox under an
 * id made of the notification (or of the member and the day), so that none goes out twice.
 */
@Dependent
public class NotificationMails {

  private static final String BUNDLE = "org.returnport.community.notifications.mail";

  @Inject Outbox outbox;

  @Inject
  @ConfigProperty(name = "returnport.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  void atOnce(Tenant store, Member member, Notification n) {
    Locale locale = Locale.forLanguageTag(member.getLanguage());
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
    Branding brand = store.branding();
    String headline = headline(bundle, locale, n);
    String body = headline + (n.getExcerpt().isEmpty() ? "" : "\n\n" + n.getExcerpt());
    String link = link(store, n.getPath());
    String label = text(bundle, locale, "open");
    String settings = text(bundle, locale, "settings", link(store, "community/notifications"));
    outbox.mail(
        id("notification", store, n.getId()),
        new MailMessage(
            member.getEmail(),
            brand.displayName(),
            headline,
            body + "\n\n" + label + ": " + link + "\n\n" + settings + "\n\n" + brand.displayName(),
            MailHtml.page(
                brand.displayName(),
                brand.primaryColor().value(),
                body + "\n\n" + settings,
                label,
                link)));
  }

  void digest(Tenant store, Member member, List<Notification> unread, LocalDate day) {
    Locale locale = Locale.forLanguageTag(member.getLanguage());
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
    Branding brand = store.branding();
    StringBuilder plain =
        new StringBuilder(text(bundle, locale, "digest.lead", brand.displayName(), unread.size()))
            .append("\n\n");
    StringBuilder items = new StringBuilder("<ul>");
    for (Notification n : unread) {
      String headline = headline(bundle, locale, n);
      String link = link(store, n.getPath());
      plain.append("- ").append(headline).append('\n').append("  ").append(link).append('\n');
      items
          .append("<li style=\"margin:8px 0\"><a href=\"")
          .append(MailHtml.escape(link))
          .append("\" style=\"color:")
          .append(brand.primaryColor().value())
          .append("\">")
          .append(MailHtml.escape(headline))
          .append("</a>")
          .append(
              n.getExcerpt().isEmpty()
                  ? ""
                  : "<br><span>" + MailHtml.escape(n.getExcerpt()) + "</span>")
          .append("</li>");
    }
    items.append("</ul>");
    String all = link(store, "community/notifications");
    String settings = text(bundle, locale, "settings", all);
    plain.append('\n').append(settings).append("\n\n").append(brand.displayName());
    String html =
        "<!DOCTYPE html><html><body style=\"margin:0;font-family:Arial,sans-serif;color:#1b1b1b\">"
            + "<div style=\"background:"
            + brand.primaryColor().value()
            + ";color:#ffffff;padding:16px 20px;font-size:20px;font-weight:bold\">"
            + MailHtml.escape(brand.displayName())
            + "</div><div style=\"padding:20px;line-height:1.5\"><p>"
            + MailHtml.escape(
                text(bundle, locale, "digest.lead", brand.displayName(), unread.size()))
            + "</p>"
            + items
            + "<p style=\"font-size:12px\">"
            + MailHtml.escape(settings)
            + "</p></div></body></html>";
    outbox.mail(
        id("digest\n" + day, store, member.getId()),
        new MailMessage(
            member.getEmail(),
            brand.displayName(),
            text(bundle, locale, "digest.subject", brand.displayName(), unread.size()),
            plain.toString(),
            html));
  }

  /** The day a digest is for, in UTC like every time the store keeps. */
  static LocalDate day(java.time.Instant now) {
    return LocalDate.ofInstant(now, ZoneOffset.UTC);
  }

  private static String headline(ResourceBundle bundle, Locale locale, Notification n) {
    return text(
        bundle,
        locale,
        "kind." + n.getKind().name(),
        n.getActorName() == null ? text(bundle, locale, "someone") : n.getActorName(),
        n.getSubject());
  }

  private String link(Tenant store, String path) {
    String base =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    String below = path.startsWith("/") ? path.substring(1) : path;
    return base + "/s/" + store.getSlug() + "/" + below;
  }

  private static UUID id(String what, Tenant store, long id) {
    return UUID.nameUUIDFromBytes(
        (what + "\n" + store.getId() + "\n" + id).getBytes(StandardCharsets.UTF_8));
  }

  private static String text(ResourceBundle bundle, Locale locale, String key, Object... args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }
}
