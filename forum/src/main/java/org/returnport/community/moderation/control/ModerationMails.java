package org.returnport.community.moderation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returnport.community.moderation.ModerationDecision.Action;
import org.returnport.members.entity.Member;
import org.returnport.notify.control.MailHtml;
import org.returnport.notify.control.Outbox;
import org.returnport.notify.entity.MailMessage;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenant.boundary.Tenants;
import org.returnport.tenant.entity.Branding;
import org.returnport.tenant.entity.Tenant;

/**
 * Tells a member by e-mail, in their language and under the store's brand, that a moderator turned
 * down, hid or removed their writing, or barred them, and why. Sent whatever the member's mail
 * preferences say: it is a notice about their own account and writing, owed to them with its
 * reason, not news of the community. Queued in the outbox with the decision.
 */
@Dependent
public class ModerationMails {

  @Inject Outbox outbox;

  @Inject Tenants tenants;

  @Inject CurrentTenant currentTenant;

  @Inject
  @ConfigProperty(name = "returnport.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  /** A decision about the member's item, which lives at {@code path} below the store's pages. */
  public void decided(Member author, Action action, String reason, String path) {
    if (action != Action.REJECT && action != Action.HIDE && action != Action.DELETE) {
      return;
    }
    send(
        author,
        "decision.subject." + action.name(),
        "decision.text." + action.name(),
        reason,
        Optional.empty(),
        path);
  }

  public void banned(Member member, String reason, Optional<Instant> until) {
    send(
        member,
        "ban.subject",
        until.isPresent() ? "ban.textUntil" : "ban.text",
        reason,
        until,
        null);
  }

  private void send(
      Member member,
      String subjectKey,
      String textKey,
      String reason,
      Optional<Instant> until,
      String path) {
    if (member.getEmail() == null) {
      return;
    }
    String slug = currentTenant.get().orElseThrow().slug();
    Tenant store = tenants.require(slug);
    Branding brand = store.branding();
    Locale locale = ModerationTexts.localeOf(member);
    String body =
        ModerationTexts.text(locale, textKey, brand.displayName(), reason, until.orElse(null));
    String label = ModerationTexts.text(locale, "decision.link");
    String base =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    String link =
        base + "/s/" + slug + "/" + (path == null ? "community" : path.replaceFirst("#.*", ""));
    outbox.mail(
        new MailMessage(
            member.getEmail(),
            brand.displayName(),
            ModerationTexts.text(locale, subjectKey, brand.displayName()),
            body + "\n\n" + label + ": " + link + "\n\n" + brand.displayName(),
            MailHtml.page(brand.displayName(), brand.primaryColor().value(), body, label, link)));
  }
}
