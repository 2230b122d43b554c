package org.returnport.community.invitations.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returnport.community.invitations.entity.ReviewInvitation;
import org.returnport.notify.control.MailHtml;
import org.returnport.notify.control.Outbox;
import org.returnport.notify.entity.MailMessage;
import org.returnport.tenant.entity.Branding;
import org.returnport.tenant.entity.Tenant;

/**
 * The invitation e-mail: under the store's name and colour, in the invited person's language, one
 * signed link per product to its review form, and a link to stop such mails. Queued in the outbox
 * in the transaction that recorded the invitation, under an id made of the store and the
 * invitation, so that it is mailed once.
 */
@Dependent
public class InvitationMails {

  private static final String BUNDLE = "org.returnport.community.invitations.mail";

  @Inject Outbox outbox;

  @Inject InvitationTokens tokens;

  @Inject
  @ConfigProperty(name = "returnport.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  /** A product named in the mail: its SKU (for the link) and the name the shopper knows it by. */
  public record Product(String sku, String name) {}

  void send(Tenant store, ReviewInvitation invitation, List<Product> products, Instant now) {
    Locale locale = Locale.forLanguageTag(invitation.getLanguage());
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
    Branding brand = store.branding();
    String base =
        (publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl)
            + "/s/"
            + store.getSlug()
            + "/reviews/invited?";
    String source = invitation.getSource().name();
    String lead = text(bundle, locale, "lead." + source, brand.displayName());
    StringBuilder plain = new StringBuilder(lead).append("\n\n");
    StringBuilder items = new StringBuilder("<ul>");
    for (Product product : products) {
      String link =
          base + "token=" + tokens.review(store.getSlug(), invitation, product.sku(), now);
      plain.append("- ").append(product.name()).append(": ").append(link).append('\n');
      items
          .append("<li style=\"margin:8px 0\">")
          .append(MailHtml.escape(product.name()))
          .append(" &mdash; <a href=\"")
          .append(MailHtml.escape(link))
          .append("\" style=\"color:")
          .append(brand.primaryColor().value())
          .append("\">")
          .append(MailHtml.escape(text(bundle, locale, "write")))
          .append("</a></li>");
    }
    items.append("</ul>");
    String stop = base + "stop=" + tokens.stop(store.getSlug(), invitation, now);
    String stopLabel = text(bundle, locale, "stop");
    String validity = text(bundle, locale, "valid", InvitationTokens.VALID_FOR.toDays());
    plain
        .append('\n')
        .append(validity)
        .append("\n\n")
        .append(stopLabel)
        .append(": ")
        .append(stop)
        .append("\n\n")
        .append(brand.displayName());
    String html =
        "<!DOCTYPE html><html><body style=\"margin:0;font-family:Arial,sans-serif;color:#1b1b1b\">"
            + "<div style=\"background:"
            + brand.primaryColor().value()
            + ";color:#ffffff;padding:16px 20px;font-size:20px;font-weight:bold\">"
            + MailHtml.escape(brand.displayName())
            + "</div><div style=\"padding:20px;line-height:1.5\"><p>"
            + MailHtml.escape(lead)
            + "</p>"
            + items
            + "<p>"
            + MailHtml.escape(validity)
            + "</p><p style=\"font-size:12px\"><a href=\""
            + MailHtml.escape(stop)
            + "\" style=\"color:#555555\">"
            + MailHtml.escape(stopLabel)
            + "</a></p></div></body></html>";
    outbox.mail(
        UUID.nameUUIDFromBytes(
            ("review-invitation\n" + store.getId() + "\n" + invitation.getId())
                .getBytes(StandardCharsets.UTF_8)),
        new MailMessage(
            invitation.getEmail(),
            brand.displayName(),
            text(bundle, locale, "subject." + source, brand.displayName()),
            plain.toString(),
            html));
  }

  private static String text(ResourceBundle bundle, Locale locale, String key, Object... args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }
}
