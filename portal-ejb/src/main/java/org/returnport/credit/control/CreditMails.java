package org.returnport.credit.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returnport.credit.entity.CreditAccount;
import org.returnport.credit.entity.CreditKind;
import org.returnport.money.Money;
import org.returnport.notify.control.MailHtml;
import org.returnport.notify.control.Outbox;
import org.returnport.notify.entity.MailMessage;
import org.returnport.returns.control.ReturnLinks;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenant.boundary.Tenants;
import org.returnport.tenant.entity.Branding;

/**
 * What the shopper reads about credit issued for their return, in the language they returned in:
 * the timeline entry (amount and the code's last four, never the whole code) and the e-mail (the
 * whole code, the balance, the expiry and the link to the return's page, where the gift card's PDF
 * is), written to the outbox under the payout's event id.
 */
@Dependent
public class CreditMails {

  private static final String BUNDLE = "org.returnport.credit.mail";

  @Inject Outbox outbox;

  @Inject ReturnLinks links;

  @Inject Tenants tenants;

  @Inject CurrentTenant currentTenant;

  @Inject
  @ConfigProperty(name = "returnport.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  String timelineText(ReturnCase r, CreditKind kind, Money total, CreditAccount account) {
    Locale locale = Locale.forLanguageTag(r.getLanguage());
    return text(
        locale,
        kind == CreditKind.GIFT_CARD ? "credit.timeline.giftCard" : "credit.timeline.storeCredit",
        total.decimalString() + " " + total.currency(),
        account.getCodeLast4(),
        account.getBalance().decimalString() + " " + account.getCurrency());
  }

  void issued(
      UUID key, ReturnCase r, CreditKind kind, Money total, CreditAccount account, String code) {
    String slug = currentTenant.get().orElseThrow().slug();
    Branding store = tenants.require(slug).branding();
    Locale locale = Locale.forLanguageTag(r.getLanguage());
    String link = base() + "/s/" + slug + "/return?rma=" + r.getRma() + "&t=" + links.token(r);
    String expiry =
        account.getExpiresAt() == null
            ? text(locale, "credit.mail.noExpiry")
            : text(locale, "credit.mail.expires", date(account.getExpiresAt(), locale));
    String body =
        text(
            locale,
            kind == CreditKind.GIFT_CARD ? "credit.mail.giftCard" : "credit.mail.storeCredit",
            r.getShopperName(),
            r.getRma(),
            total.decimalString() + " " + total.currency(),
            code,
            account.getBalance().decimalString() + " " + account.getCurrency(),
            expiry);
    String plain =
        body + "\n\n" + text(locale, "credit.mail.link", link) + "\n\n" + store.displayName();
    outbox.mail(
        key,
        new MailMessage(
            r.getEmail(),
            store.displayName(),
            text(locale, "credit.mail.subject", r.getRma()),
            plain,
            MailHtml.page(
                store.displayName(),
                store.primaryColor().value(),
                body,
                text(locale, "credit.mail.link", "").strip(),
                link)));
  }

  private String base() {
    return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  private static String text(Locale locale, String key, Object... arguments) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }

  private static String date(Instant instant, Locale locale) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(locale)
        .withZone(ZoneOffset.UTC)
        .format(instant);
  }
}
