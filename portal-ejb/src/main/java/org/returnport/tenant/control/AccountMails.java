package org.returnport.tenant.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returnport.access.StaffRole;
import org.returnport.notify.control.MailHtml;
import org.returnport.notify.control.Outbox;
import org.returnport.notify.entity.MailMessage;
import org.returnport.tenant.entity.Branding;
import org.returnport.tenant.entity.Tenant;

/**
 * The e-mails that prove an address before it gets anything: the link that opens a new store, and
 * the link that lets an invited person join a team. Written in the store's language, under its name
 * and colour, and queued in the outbox with the change that caused them.
 */
@Dependent
public class AccountMails {

  private static final String BUNDLE = "org.returnport.tenant.mail";

  @Inject Outbox outbox;

  @Inject
  @ConfigProperty(name = "returnport.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  /** To the merchant's sign-up address: the link that proves it and opens the store. */
  public void storeVerification(Tenant store, String path, Duration validFor) {
    Locale locale = store.getDefaultLanguage();
    send(
        store,
        store.getContactEmail(),
        text(locale, "verify.subject", store.getDisplayName()),
        text(locale, "verify.text", store.getDisplayName(), validFor.toHours()),
        text(locale, "verify.link"),
        path);
  }

  /** To the invited address: the link to accept an invitation to the store's team. */
  public void staffInvitation(
      Tenant store,
      String email,
      StaffRole role,
      String invitedBy,
      String path,
      Duration validFor) {
    Locale locale = store.getDefaultLanguage();
    send(
        store,
        email,
        text(locale, "invite.subject", store.getDisplayName()),
        text(
            locale,
            "invite.text",
            store.getDisplayName(),
            invitedBy,
            text(locale, "invite.role." + role.name()),
            validFor.toDays()),
        text(locale, "invite.link"),
        path);
  }

  private void send(
      Tenant store, String to, String subject, String body, String linkLabel, String path) {
    String base =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    String link = base + path;
    Branding brand = store.branding();
    outbox.mail(
        new MailMessage(
            to,
            brand.displayName(),
            subject,
            body + "\n\n" + linkLabel + ": " + link + "\n\n" + brand.displayName(),
            MailHtml.page(
                brand.displayName(), brand.primaryColor().value(), body, linkLabel, link)));
  }

  private static String text(Locale locale, String key, Object... arguments) {
    return new MessageFormat(ResourceBundle.getBundle(BUNDLE, locale).getString(key), locale)
        .format(arguments);
  }
}
