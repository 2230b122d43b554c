package org.returnport.loyalty.expiry.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returnport.loyalty.expiry.control.ExpiryRules.Lapse;
import org.returnport.loyalty.program.entity.ProgramRules;
import org.returnport.loyalty.program.entity.ProgramRules.ExpiryMode;
import org.returnport.members.entity.Member;
import org.returnport.notify.control.MailHtml;
import org.returnport.notify.control.Outbox;
import org.returnport.notify.entity.MailMessage;
import org.returnport.tenant.entity.Branding;
import org.returnport.tenant.entity.Tenant;

/**
 * The warning that points are about to lapse, in the member's language under the store's name and
 * colour: how many points, on which day, and the link to their rewards page, where they can spend
 * them. Queued in the outbox under an id made of the account and the first day named, so the same
 * warning never goes twice.
 */
@Dependent
public class ExpiryMails {

  private static final String BUNDLE = "org.returnport.loyalty.expiry.mail";

  @Inject Outbox outbox;

  @Inject
  @ConfigProperty(name = "returnport.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  public void warning(
      Tenant store, Member member, long accountId, ProgramRules rules, List<Lapse> coming) {
    Locale locale = Locale.forLanguageTag(member.getLanguage());
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
    Branding brand = store.branding();
    String points = rules.pointsName().in(locale);
    long total = coming.stream().mapToLong(Lapse::points).sum();
    LocalDate first = coming.get(0).on();
    StringBuilder body =
        new StringBuilder(text(bundle, locale, "warning.lead", name(member, bundle, locale)))
            .append("\n\n")
            .append(text(bundle, locale, "warning.text", total, points, brand.displayName()))
            .append('\n');
    for (Lapse lapse : coming) {
      body.append("\n- ")
          .append(text(bundle, locale, "warning.line", lapse.points(), date(lapse.on(), locale)));
    }
    body.append("\n\n")
        .append(
            rules.expiry().mode() == ExpiryMode.INACTIVITY
                ? text(bundle, locale, "warning.inactivity", points)
                : text(bundle, locale, "warning.rolling", rules.expiry().months(), points))
        .append("\n\n")
        .append(text(bundle, locale, "warning.settings"));
    String link = base() + "/s/" + store.getSlug() + "/rewards";
    String label = text(bundle, locale, "warning.link");
    outbox.mail(
        UUID.nameUUIDFromBytes(
            ("loyalty-expiry-warning\n" + store.getSlug() + "\n" + accountId + "\n" + first)
                .getBytes(StandardCharsets.UTF_8)),
        new MailMessage(
            member.getEmail(),
            brand.displayName(),
            text(bundle, locale, "warning.subject", total, points, date(first, locale)),
            body + "\n\n" + label + ": " + link + "\n\n" + brand.displayName(),
            MailHtml.page(
                brand.displayName(), brand.primaryColor().value(), body.toString(), label, link)));
  }

  private static String name(Member member, ResourceBundle bundle, Locale locale) {
    return member.getDisplayName() == null
        ? text(bundle, locale, "warning.member")
        : member.getDisplayName();
  }

  private String base() {
    return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  private static String date(LocalDate day, Locale locale) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
  }

  private static String text(ResourceBundle bundle, Locale locale, String key, Object... args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }
}
