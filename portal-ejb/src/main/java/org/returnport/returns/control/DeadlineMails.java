package org.returnport.returns.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returnport.events.DeadlinesMoved;
import org.returnport.events.DelayCause;
import org.returnport.events.ReturnExpired;
import org.returnport.notify.control.MailHtml;
import org.returnport.notify.control.Outbox;
import org.returnport.notify.entity.MailMessage;
import org.returnport.returns.entity.EventKind;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.returns.entity.ReturnEvent;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenant.boundary.Tenants;
import org.returnport.tenant.entity.Branding;

/**
 * The e-mails about a return's deadlines, in the shopper's language and under the store's name: the
 * reminder before the send-by date, the notice when the return expired, and the news that the
 * deadlines moved (why, by how long, and the new dates). Also writes the timeline's words for a
 * move, in the shopper's language, since the shopper reads them on the status page.
 */
@Dependent
public class DeadlineMails {

  private static final String BUNDLE = "org.returnport.returns.mail";

  @PersistenceContext EntityManager em;

  @Inject Outbox outbox;

  @Inject ReturnLinks links;

  @Inject Tenants tenants;

  @Inject CurrentTenant currentTenant;

  @Inject
  @ConfigProperty(name = "returnport.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  /**
   * Why the deadlines moved, for the timeline: the cause, the words of whoever moved them (the
   * carrier's scan, the incident's reason, the staff's note) when there are any, and by how long.
   */
  public String why(ReturnCase r, DelayCause cause, int days, String words) {
    Locale locale = locale(r);
    String causeText = format(locale, "deadlines.cause." + cause.name());
    return words == null || words.isBlank()
        ? format(locale, "deadlines.why", causeText, days)
        : format(locale, "deadlines.whyWords", causeText, days, words.strip());
  }

  /**
   * The reminder of the current send-by date; its outbox key is made of the return and that date,
   * so a sweep run twice mails once.
   */
  public void remind(ReturnCase r) {
    Locale locale = locale(r);
    UUID key =
        UUID.nameUUIDFromBytes(
            ("reminder:" + r.getId() + ":" + r.getShipBy()).getBytes(StandardCharsets.UTF_8));
    send(
        r,
        key,
        format(locale, "deadlines.reminder.subject", r.getRma()),
        format(
            locale,
            "deadlines.reminder.text",
            r.getShopperName(),
            r.getRma(),
            date(r.getShipBy(), locale),
            r.getHubCarrier()));
  }

  void moved(@Observes DeadlinesMoved event) {
    ReturnCase r = em.find(ReturnCase.class, event.returnId());
    Locale locale = locale(r);
    String why =
        r.getEvents().stream()
            .filter(e -> e.getKind() == EventKind.DEADLINES_MOVED)
            .max(Comparator.comparing(ReturnEvent::getAt).thenComparing(ReturnEvent::getId))
            .map(ReturnEvent::getText)
            .orElseGet(() -> why(r, event.cause(), event.days(), null));
    StringBuilder dates = new StringBuilder();
    if (r.getStatus().awaitingParcel() && !r.isKeepItems() && r.getShipBy() != null) {
      dates.append(format(locale, "deadlines.moved.sendBy", date(r.getShipBy(), locale)));
    }
    if (r.getRefundBy() != null) {
      dates
          .append(dates.isEmpty() ? "" : "\n")
          .append(format(locale, "deadlines.moved.refundBy", date(r.getRefundBy(), locale)));
    }
    send(
        r,
        event.eventId(),
        format(locale, "deadlines.moved.subject", r.getRma()),
        format(
            locale,
            "deadlines.moved.text",
            r.getShopperName(),
            r.getRma(),
            event.days(),
            why,
            dates.toString()));
  }

  void expired(@Observes ReturnExpired event) {
    ReturnCase r = em.find(ReturnCase.class, event.returnId());
    Locale locale = locale(r);
    Branding store = store();
    send(
        r,
        event.eventId(),
        format(locale, "deadlines.expired.subject", r.getRma()),
        format(
            locale,
            "deadlines.expired.text",
            r.getShopperName(),
            r.getRma(),
            date(r.getShipBy(), locale),
            store.displayName()));
  }

  private void send(ReturnCase r, UUID key, String subject, String body) {
    Locale locale = locale(r);
    Branding store = store();
    String link = base() + "/s/" + slug() + "/return?rma=" + r.getRma() + "&t=" + links.token(r);
    String plain = body + "\n\n" + format(locale, "link", link) + "\n\n" + store.displayName();
    outbox.mail(
        key,
        new MailMessage(
            r.getEmail(),
            store.displayName(),
            subject,
            plain,
            MailHtml.page(
                store.displayName(),
                store.primaryColor().value(),
                body,
                format(locale, "link", "").strip(),
                link)));
  }

  private static Locale locale(ReturnCase r) {
    return Locale.forLanguageTag(r.getLanguage());
  }

  private static String format(Locale locale, String key, Object... arguments) {
    return new MessageFormat(ResourceBundle.getBundle(BUNDLE, locale).getString(key), locale)
        .format(arguments);
  }

  private static String date(Instant instant, Locale locale) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(locale)
        .withZone(ZoneOffset.UTC)
        .format(instant);
  }

  private String slug() {
    return currentTenant.get().orElseThrow().slug();
  }

  private Branding store() {
    return tenants.require(slug()).branding();
  }

  private String base() {
    return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }
}
