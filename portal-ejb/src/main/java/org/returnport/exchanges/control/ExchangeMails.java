package org.returnport.exchanges.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returnport.exchanges.entity.PriceDifference;
import org.returnport.notify.control.MailHtml;
import org.returnport.notify.control.Outbox;
import org.returnport.notify.entity.MailMessage;
import org.returnport.returns.control.ReturnLinks;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenant.boundary.Tenants;
import org.returnport.tenant.entity.Branding;

/**
 * The e-mail that asks a shopper to pay what an exchange's replacement costs more, in the language
 * they returned in and under the store's name and colour, queued in the outbox in the transaction
 * that made the payment link.
 */
@Dependent
public class ExchangeMails {

  private static final String BUNDLE = "org.returnport.exchanges.mail";

  @Inject Outbox outbox;

  @Inject ReturnLinks links;

  @Inject Tenants tenants;

  @Inject CurrentTenant currentTenant;

  @Inject
  @ConfigProperty(name = "returnport.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  /** Sent once per difference: {@code mailId} is derived from its idempotency key. */
  void paymentRequested(ReturnCase r, PriceDifference d, UUID mailId) {
    String slug = currentTenant.get().orElseThrow().slug();
    Branding store = tenants.require(slug).branding();
    Locale locale = Locale.forLanguageTag(r.getLanguage());
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
    String base =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    String page = base + "/s/" + slug + "/return?rma=" + r.getRma() + "&t=" + links.token(r);
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(Currency.getInstance(d.getAmount().currency()));
    String body =
        new MessageFormat(bundle.getString("pay.text"), locale)
            .format(
                new Object[] {
                  r.getShopperName(),
                  r.getRma(),
                  format.format(d.getAmount().amount()),
                  d.getLinkUrl()
                });
    String link = new MessageFormat(bundle.getString("link"), locale).format(new Object[] {page});
    outbox.mail(
        mailId,
        new MailMessage(
            r.getEmail(),
            store.displayName(),
            new MessageFormat(bundle.getString("pay.subject"), locale)
                .format(new Object[] {r.getRma()}),
            body + "\n\n" + link + "\n\n" + store.displayName(),
            MailHtml.page(
                store.displayName(),
                store.primaryColor().value(),
                body,
                bundle.getString("pay.button"),
                d.getLinkUrl())));
  }
}
