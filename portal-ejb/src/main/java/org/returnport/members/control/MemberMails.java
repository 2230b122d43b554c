package org.returnport.members.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returnport.notify.control.MailHtml;
import org.returnport.notify.control.Outbox;
import org.returnport.notify.entity.MailMessage;
import org.returnport.tenant.entity.Branding;
import org.returnport.tenant.entity.Tenant;

/**
 * The e-mail that proves a shopper's address before they join a store's program: written in the
 * language they read the store in, under the store's name and colour, and queued in the outbox with
 * the request that asked for it.
 */
@Dependent
public class MemberMails {

  private static final String BUNDLE = "org.returnport.members.mail";

  @Inject Outbox outbox;

  @Inject
  @ConfigProperty(name = "returnport.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  /** To the account's address: the link (a path of the store's pages) that proves it. */
  public void verification(Tenant store, String email, Locale locale, String path, Duration valid) {
    Branding brand = store.branding();
    String body = text(locale, "verify.text", brand.displayName(), valid.toHours());
    String label = text(locale, "verify.link");
    String base =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    String link = base + path;
    outbox.mail(
        new MailMessage(
            email,
            brand.displayName(),
            text(locale, "verify.subject", brand.displayName()),
            body + "\n\n" + label + ": " + link + "\n\n" + brand.displayName(),
            MailHtml.page(brand.displayName(), brand.primaryColor().value(), body, label, link)));
  }

  private static String text(Locale locale, String key, Object... arguments) {
    return new MessageFormat(ResourceBundle.getBundle(BUNDLE, locale).getString(key), locale)
        .format(arguments);
  }
}
