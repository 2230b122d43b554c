package org.returnport.returns.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returnport.catalog.entity.CustomerOrder;
import org.returnport.money.Money;
import org.returnport.notify.control.MailHtml;
import org.returnport.notify.control.Outbox;
import org.returnport.notify.entity.MailMessage;
import org.returnport.policy.boundary.ReturnPolicies;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.returns.entity.ReturnStatus;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenant.boundary.Tenants;
import org.returnport.tenant.entity.Branding;

/**
 * Writes the e-mails a shopper gets about a return, in the language they returned in and under the
 * store's name and colour, each with the signed link to the return's page, and queues them in the
 * outbox.
 */
@Dependent
public class ReturnMails {

  private static final String BUNDLE = "org.returnport.returns.mail";

  @Inject Outbox outbox;

  @Inject ReturnLinks links;

  @Inject Tenants tenants;

  @Inject ReturnPolicies policies;

  @Inject CurrentTenant currentTenant;

  @Inject
  @ConfigProperty(name = "returnport.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  /** The return was submitted: approved at once, or received for review. */
  public void submitted(ReturnCase r) {
    if (r.getStatus() == ReturnStatus.APPROVED) {
      approved(r);
      return;
    }
    Mail mail = mail(r);
    int hours = policies.version(r.getPolicyVersion()).getRules().reviewWithinHours();
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

  public void approved(ReturnCase r) {
    Mail mail = mail(r);
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

  public void rejected(ReturnCase r) {
    Mail mail = mail(r);
    mail.send(
        "rejected.subject",
        mail.text(
            "rejected.text",
            r.getShopperName(),
            mail.store.displayName(),
            r.getRma(),
            r.getRejection()));
  }

  /** Staff wrote to the shopper (a question or a message). */
  public void message(ReturnCase r, String text) {
    Mail mail = mail(r);
    mail.send(
        "message.subject",
        mail.text("message.text", r.getShopperName(), mail.store.displayName(), r.getRma(), text));
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

  private Mail mail(ReturnCase r) {
    String slug = currentTenant.get().orElseThrow().slug();
    String base =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    String link = base + "/s/" + slug + "/return?rma=" + r.getRma() + "&t=" + links.token(r);
    return new Mail(
        r, tenants.require(slug).branding(), Locale.forLanguageTag(r.getLanguage()), link);
  }

  /** One e-mail being written: about which return, from which store, in which language. */
  private final class Mail {
    final ReturnCase r;
    final Branding store;
    final Locale locale;
    final String link;
    final ResourceBundle bundle;

    Mail(ReturnCase r, Branding store, Locale locale, String link) {
      this.r = r;
      this.store = store;
      this.locale = locale;
      this.link = link;
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
