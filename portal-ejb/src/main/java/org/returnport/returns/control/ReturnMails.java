package org.returnport.returns.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returnport.catalog.entity.CustomerOrder;
import org.returnport.events.ReturnDecided;
import org.returnport.events.ReturnMessageSent;
import org.returnport.events.ReturnRequested;
import org.returnport.money.Money;
import org.returnport.notify.control.MailHtml;
import org.returnport.notify.control.Outbox;
import org.returnport.notify.entity.MailMessage;
import org.returnport.policy.boundary.ReturnPolicies;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.returns.entity.ReturnEvent;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenant.boundary.Tenants;
import org.returnport.tenant.entity.Branding;

/**
 * Writes the e-mails a shopper gets about a return, in the language they returned in and under the
 * store's name and colour, each with the signed link to the return's page, and queues them in the
 * outbox. Return mails answer the return's domain events: they observe them synchronously, so the
 * outbox row is written in the transaction of the change, and it carries the event's id, so that
 * one event gives one mail at most.
 */
@Dependent
public class ReturnMails {

  private static final String BUNDLE = "org.returnport.returns.mail";

  @PersistenceContext EntityManager em;

  @Inject Outbox outbox;

  @Inject ReturnLinks links;

  @Inject Tenants tenants;

  @Inject ReturnPolicies policies;

  @Inject CurrentTenant currentTenant;

  @Inject
  @ConfigProperty(name = "returnport.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  /**
   * The return was submitted and waits for review. One approved at once gets the approval mail of
   * the {@link ReturnDecided} that follows instead.
   */
  void requested(@Observes ReturnRequested event) {
    if (event.autoApproved()) {
      return;
    }
    ReturnCase r = em.find(ReturnCase.class, event.returnId());
    Mail mail = mail(r, event.eventId());
    int hours = r.rulesOf(policies.version(r.getPolicyVersion())).reviewWithinHours();
    mail.send(
        "received.subject",
        mail.text(
            "received.text",
            r.getShopperName(),
            r.getRma(),
            r.getOrderNumber(),
            mail.store.displayName(),
            hours));
  }

  void decided(@Observes ReturnDecided event) {
    ReturnCase r = em.find(ReturnCase.class, event.returnId());
    Mail mail = mail(r, event.eventId());
    if (event.outcome() == ReturnDecided.Outcome.REJECTED) {
      rejected(r, mail);
    } else {
      approved(r, mail);
    }
  }

  /** The store wrote to the shopper (a question or a message); the shopper's own are not mailed. */
  void messageSent(@Observes ReturnMessageSent event) {
    if (event.from() != ReturnMessageSent.From.STORE) {
      return;
    }
    ReturnCase r = em.find(ReturnCase.class, event.returnId());
    String text = em.find(ReturnEvent.class, event.messageId()).getText();
    Mail mail = mail(r, event.eventId());
    mail.send(
        "message.subject",
        mail.text("message.text", r.getShopperName(), mail.store.displayName(), r.getRma(), text));
  }

  private void approved(ReturnCase r, Mail mail) {
    if (r.isKeepItems()) {
      mail.send(
          "approved.subject",
          mail.text(
              "approved.keep",
              r.getShopperName(),
              r.getRma(),
              mail.money(r.getRefund().plus(r.getBonus())),
              mail.text("resolution." + r.getResolution().name())));
      return;
    }
    String shipBy =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(mail.locale)
            .withZone(ZoneOffset.UTC)
            .format(r.getShipBy());
    String hub =
        r.getHubName()
            + "\n"
            + r.getHubAddress()
            + "\n"
            + new Locale("", r.getHubCountry()).getDisplayCountry(mail.locale);
    mail.send(
        "approved.subject",
        mail.text("approved.send", r.getShopperName(), r.getRma(), shipBy, r.getHubCarrier(), hub));
  }

  private void rejected(ReturnCase r, Mail mail) {
    mail.send(
        "rejected.subject",
        mail.text(
            "rejected.text",
            r.getShopperName(),
            mail.store.displayName(),
            r.getRma(),
            r.getRejection()));
  }

  /**
   * The link a shopper asked for to open an order's return form without typing (when look-ups are
   * throttled by someone else's tries): sent only to the order's own address.
   */
  public void orderLink(CustomerOrder order, String token, String language) {
    String slug = currentTenant.get().orElseThrow().slug();
    Branding store = tenants.require(slug).branding();
    Locale locale = Locale.forLanguageTag(language);
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
    String link =
        base()
            + "/s/"
            + slug
            + "/returns?order="
            + URLEncoder.encode(order.getNumber(), StandardCharsets.UTF_8)
            + "&t="
            + token;
    var data = order.data();
    String body =
        new MessageFormat(bundle.getString("orderLink.text"), locale)
            .format(new Object[] {data.shopperName(), data.number(), store.displayName()});
    String label = new MessageFormat(bundle.getString("orderLink.open"), locale).format(null);
    outbox.mail(
        new MailMessage(
            data.email(),
            store.displayName(),
            new MessageFormat(bundle.getString("orderLink.subject"), locale)
                .format(new Object[] {data.number()}),
            body + "\n\n" + label + ": " + link + "\n\n" + store.displayName(),
            MailHtml.page(store.displayName(), store.primaryColor().value(), body, label, link)));
  }

  private String base() {
    return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  private Mail mail(ReturnCase r, UUID eventId) {
    String slug = currentTenant.get().orElseThrow().slug();
    String link = base() + "/s/" + slug + "/return?rma=" + r.getRma() + "&t=" + links.token(r);
    return new Mail(
        r, tenants.require(slug).branding(), Locale.forLanguageTag(r.getLanguage()), link, eventId);
  }

  /**
   * One e-mail being written: about which return, from which store, in which language, and because
   * of which event.
   */
  private final class Mail {
    final ReturnCase r;
    final Branding store;
    final Locale locale;
    final String link;
    final UUID eventId;
    final ResourceBundle bundle;

    Mail(ReturnCase r, Branding store, Locale locale, String link, UUID eventId) {
      this.r = r;
      this.store = store;
      this.locale = locale;
      this.link = link;
      this.eventId = eventId;
      this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    String text(String key, Object... arguments) {
      return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    String money(Money money) {
      NumberFormat format = NumberFormat.getCurrencyInstance(locale);
      format.setCurrency(Currency.getInstance(money.currency()));
      return format.format(money.amount());
    }

    void send(String subjectKey, String body) {
      String plain = body + "\n\n" + text("link", link) + "\n\n" + store.displayName();
      outbox.mail(
          eventId,
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
