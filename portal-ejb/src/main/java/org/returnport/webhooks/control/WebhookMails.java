package org.returnport.webhooks.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returnport.access.StaffRole;
import org.returnport.notify.control.MailHtml;
import org.returnport.notify.control.Outbox;
import org.returnport.notify.entity.MailMessage;
import org.returnport.staff.entity.StaffInvitation;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenant.boundary.Tenants;
import org.returnport.tenant.entity.Tenant;
import org.returnport.webhooks.entity.WebhookEndpoint;

/**
 * Tells the store's administrators (its owner and every admin who accepted an invitation), in the
 * store's language, that an endpoint was disabled, through the outbox.
 */
@Dependent
public class WebhookMails {

  private static final String BUNDLE = "org.returnport.webhooks.mail";

  @PersistenceContext EntityManager em;

  @Inject Outbox outbox;

  @Inject Tenants tenants;

  @Inject CurrentTenant currentTenant;

  @Inject
  @ConfigProperty(name = "returnport.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  public void disabled(WebhookEndpoint endpoint) {
    Tenant store = tenants.require(currentTenant.get().orElseThrow().slug());
    Locale locale = store.getDefaultLanguage();
    String link = publicUrl.replaceAll("/+$", "") + "/console/webhooks.xhtml";
    String subject = format(locale, "webhooks.disabled.subject", store.getDisplayName());
    String body =
        format(
            locale,
            "webhooks.disabled.text",
            endpoint.getUrl(),
            endpoint.getConsecutiveFailures(),
            store.getDisplayName());
    String label = format(locale, "webhooks.disabled.link");
    for (String admin : admins(store)) {
      UUID key =
          UUID.nameUUIDFromBytes(
              ("webhook-disabled:"
                      + endpoint.getId()
                      + ":"
                      + endpoint.getDisabledAt().orElseThrow()
                      + ":"
                      + admin)
                  .getBytes(StandardCharsets.UTF_8));
      outbox.mail(
          key,
          new MailMessage(
              admin,
              "Returnport",
              subject,
              body + "\n\n" + label + ": " + link,
              MailHtml.page(
                  store.getDisplayName(),
                  store.branding().primaryColor().value(),
                  body,
                  label,
                  link)));
    }
  }

  private Set<String> admins(Tenant store) {
    Set<String> admins = new LinkedHashSet<>();
    admins.add(store.getContactEmail());
    em.createNamedQuery(StaffInvitation.FIND_ALL, StaffInvitation.class).getResultList().stream()
        .filter(s -> s.isAccepted() && s.getRole() == StaffRole.MERCHANT_ADMIN)
        .forEach(s -> admins.add(s.getEmail()));
    return admins;
  }

  private static String format(Locale locale, String key, Object... arguments) {
    return new MessageFormat(ResourceBundle.getBundle(BUNDLE, locale).getString(key), locale)
        .format(arguments);
  }
}
