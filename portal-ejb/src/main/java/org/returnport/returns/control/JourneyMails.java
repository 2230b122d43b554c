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
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returnport.events.LabelReady;
import org.returnport.events.ReturnCancelled;
import org.returnport.notify.control.MailHtml;
import org.returnport.notify.control.Outbox;
import org.returnport.notify.entity.MailMessage;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.returns.entity.ReturnStatus;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenant.boundary.Tenants;
import org.returnport.tenant.entity.Branding;

/**
 * The shopper's e-mails about the parcel's journey, in the language they returned in and under the
 * store's name and colour, each with the signed link to the return's page: the label is ready, the
 * parcel is on its way (its first scan), it reached the warehouse, and the return was cancelled.
 * Each is written to the outbox in the transaction of its cause, once: under the id of the event,
 * or, for a scan (whose id other mails about the same scan may use), under an id derived from it.
 */
@Dependent
public class JourneyMails {

  private static final String BUNDLE = "org.returnport.returns.mail";

  @PersistenceContext EntityManager em;

  @Inject Outbox outbox;

  @Inject ReturnLinks links;

  @Inject Tenants tenants;

  @Inject CurrentTenant currentTenant;

  @Inject
  @ConfigProperty(name = "returnport.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  /** Only while the shopper still has to send the parcel: a cancelled return needs no label. */
  void labelReady(@Observes LabelReady event) {
    ReturnCase r = em.find(ReturnCase.class, event.returnId());
    if (r == null || !r.getStatus().awaitingParcel()) {
      return;
    }
    Mail mail = new Mail(r);
    mail.send(
        event.eventId(),
        "journey.label.subject",
        mail.text(
            "journey.label.text",
            r.getShopperName(),
            r.getRma(),
            event.carrier(),
            event.trackingNumber(),
            mail.date(r.getShipBy())));
  }

  void moved(@Observes ReturnMoved moved) {
    ReturnCase r = moved.returnCase();
    var scan = moved.scan();
    Mail mail = new Mail(r);
    UUID key =
        UUID.nameUUIDFromBytes(
            (scan.eventId() + "/" + moved.to()).getBytes(StandardCharsets.UTF_8));
    if (moved.to() == ReturnStatus.IN_TRANSIT) {
      mail.send(
          key,
          "journey.onItsWay.subject",
          mail.text(
              "journey.onItsWay.text",
              r.getShopperName(),
              r.getRma(),
              scan.carrier(),
              scan.trackingNumber(),
              r.getHubName()));
    } else if (moved.to() == ReturnStatus.DELIVERED) {
      mail.send(
          key,
          "journey.delivered.subject",
          mail.text(
              "journey.delivered.text",
              r.getShopperName(),
              r.getRma(),
              r.getHubName(),
              mail.date(scan.scannedAt()),
              mail.date(r.getRefundBy())));
    }
  }

  void cancelled(@Observes ReturnCancelled event) {
    ReturnCase r = em.find(ReturnCase.class, event.returnId());
    Mail mail = new Mail(r);
    mail.send(
        event.eventId(),
        "journey.cancelled.subject",
        mail.text("journey.cancelled.text", r.getShopperName(), r.getRma(), r.getOrderNumber()));
  }

  private String base() {
    return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  /** One e-mail about a return, from its store, in the return's language. */
  private final class Mail {
    final ReturnCase r;
    final Branding store;
    final Locale locale;
    final String link;
    final ResourceBundle bundle;

    Mail(ReturnCase r) {
      String slug = currentTenant.get().orElseThrow().slug();
      this.r = r;
      this.store = tenants.require(slug).branding();
      this.locale = Locale.forLanguageTag(r.getLanguage());
      this.link = base() + "/s/" + slug + "/return?rma=" + r.getRma() + "&t=" + links.token(r);
      this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    String text(String key, Object... arguments) {
      return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    String date(Instant instant) {
      return instant == null
          ? "-"
          : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
              .withLocale(locale)
              .withZone(ZoneOffset.UTC)
              .format(instant);
    }

    void send(UUID key, String subjectKey, String body) {
      String plain = body + "\n\n" + text("link", link) + "\n\n" + store.displayName();
      outbox.mail(
          key,
          new MailMessage(
              r.getEmail(),
              store.displayName(),
              text(subjectKey, r.getRma()),
              plain,
              MailHtml.page(
                  store.displayName(),
                  store.primaryColor().value(),
                  body,
                  text("link", "").strip(),
                  link)));
    }
  }
}
