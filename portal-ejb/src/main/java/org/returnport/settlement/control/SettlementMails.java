package org.returnport.settlement.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returnport.events.PayoutMethod;
import org.returnport.money.Money;
import org.returnport.notify.control.MailHtml;
import org.returnport.notify.control.Outbox;
import org.returnport.notify.entity.MailMessage;
import org.returnport.returns.control.ReturnLinks;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.returns.entity.ReturnLine;
import org.returnport.settlement.entity.PartState;
import org.returnport.settlement.entity.Settlement;
import org.returnport.settlement.entity.SettlementPart;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenant.boundary.Tenants;
import org.returnport.tenant.entity.Branding;

/**
 * The shopper's e-mails about the money: what was paid, with each grade deduction and its reason,
 * once per settlement (under the id of its {@code ReturnSettled}); and, when a refund is declined,
 * the offer of store credit instead. Queued in the outbox, in the shopper's language.
 */
@Dependent
public class SettlementMails {

  private static final String BUNDLE = "org.returnport.settlement.mail";

  @Inject Outbox outbox;

  @Inject ReturnLinks links;

  @Inject Tenants tenants;

  @Inject CurrentTenant currentTenant;

  @Inject
  @ConfigProperty(name = "returnport.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  void settled(ReturnCase r, Settlement settlement, UUID eventId) {
    Mail mail = mail(r, eventId);
    List<String> paid = new ArrayList<>();
    for (SettlementPart part : settlement.getParts()) {
      if (part.getState() == PartState.PAID) {
        paid.add(
            "- "
                + mail.text("method." + part.getMethod().name())
                + ": "
                + mail.money(part.getPaid())
                + (part.getReference() == null ? "" : " (" + part.getReference() + ")"));
      }
    }
    StringBuilder body =
        new StringBuilder(
            mail.text("settled.text", r.getShopperName(), r.getRma(), String.join("\n", paid)));
    List<String> deductions = deductionLines(r, settlement, mail);
    if (!deductions.isEmpty()) {
      boolean late = !settlement.getLateDeduction().isZero();
      body.append("\n\n")
          .append(
              mail.text(
                  late ? "settled.lateDeduction" : "settled.deduction",
                  mail.money(late ? settlement.getLateDeduction() : settlement.getDeduction())))
          .append("\n")
          .append(String.join("\n", deductions));
    }
    if (!settlement.getDuties().isZero()) {
      body.append("\n\n").append(mail.text("settled.duties", mail.money(settlement.getDuties())));
    }
    mail.send("settled.subject", body.toString());
  }

  void creditOffered(ReturnCase r, SettlementPart declined, UUID eventId) {
    Mail mail = mail(r, eventId);
    mail.send(
        "declined.subject",
        mail.text(
            "declined.text",
            r.getShopperName(),
            r.getRma(),
            mail.money(declined.getAmount()),
            mail.store.displayName()));
  }

  /** One line per deduction: the item, how many units, the grade and what it took off. */
  static List<String> deductionLines(ReturnCase r, Settlement settlement, Mail mail) {
    List<String> out = new ArrayList<>();
    for (Settlement.Deduction d : settlement.getDeductions()) {
      String item =
          r.getLines().stream()
              .filter(l -> l.getLineNo() == d.lineNo())
              .map(ReturnLine::getName)
              .findFirst()
              .orElse(String.valueOf(d.lineNo()));
      out.add(
          "- "
              + mail.text(
                  "settled.deductionLine",
                  item,
                  d.units(),
                  d.gradeCode(),
                  d.percent().stripTrailingZeros().toPlainString(),
                  mail.money(d.amount())));
    }
    return out;
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

  /** A payout method as the shopper reads it, in the return's language (for the timeline). */
  public static String methodName(PayoutMethod method, String language) {
    return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language))
        .getString("method." + method.name());
  }

  /** One e-mail being written: about which return, from which store, in which language. */
  final class Mail {
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
