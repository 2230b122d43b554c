package org.returnport.payments.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.UUID;
import org.returnport.events.DomainEvent;
import org.returnport.events.PayoutDone;
import org.returnport.events.PayoutMethod;
import org.returnport.events.PayoutOutcome;
import org.returnport.money.Money;
import org.returnport.payments.entity.Refund;
import org.returnport.returns.entity.EventKind;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.tenancy.CurrentTenant;

/**
 * What follows from a refund's step, in the transaction that records it: the entry on the return's
 * timeline in the shopper's language and, when the refund ended, {@link PayoutDone} (PAID with the
 * amount and the gateway's refund id, or DECLINED with nothing paid). Called only for a change the
 * refund accepted, so each of them happens once.
 */
@Dependent
public class RefundOutcomes {

  static final String BUNDLE = "org.returnport.payments.refunds";

  /** The actor of the refund's timeline entries: the payment gateway, not a person. */
  static final String ACTOR = "payment gateway";

  @PersistenceContext EntityManager em;

  @Inject CurrentTenant currentTenant;

  @Inject Event<DomainEvent> events;

  public void sent(Refund refund, Instant now) {
    note(refund, EventKind.REFUND_SENT, "sent", now);
  }

  public void confirmed(Refund refund, Instant now) {
    note(refund, EventKind.REFUND_CONFIRMED, "confirmed", now);
    done(refund, PayoutOutcome.PAID, refund.getAmount(), refund.getGatewayRefundId(), now);
  }

  public void failed(Refund refund, Instant now) {
    note(refund, EventKind.REFUND_FAILED, "failed", now);
    done(
        refund,
        PayoutOutcome.DECLINED,
        Money.zero(refund.getAmount().currency()),
        refund.getGatewayRefundId() == null ? refund.getPayoutKey() : refund.getGatewayRefundId(),
        now);
  }

  private void done(
      Refund refund, PayoutOutcome outcome, Money amount, String reference, Instant now) {
    em.flush();
    events.fire(
        new PayoutDone(
            currentTenant.get().orElseThrow(),
            UUID.randomUUID(),
            now,
            refund.getReturnId(),
            refund.getRma(),
            refund.getPayoutKey(),
            PayoutMethod.REFUND,
            outcome,
            amount,
            reference));
  }

  private void note(Refund refund, EventKind kind, String key, Instant now) {
    ReturnCase returnCase =
        em.find(ReturnCase.class, refund.getReturnId(), LockModeType.PESSIMISTIC_WRITE);
    if (returnCase == null) {
      return;
    }
    ResourceBundle texts = texts(returnCase.getLanguage());
    String amount = refund.getAmount().decimalString() + " " + refund.getAmount().currency();
    String text =
        switch (kind) {
          case REFUND_CONFIRMED ->
              format(texts, key, amount, String.valueOf(refund.getGatewayRefundId()));
          case REFUND_FAILED -> format(texts, key, amount, reason(texts, refund.getFailureCode()));
          default -> format(texts, key, amount);
        };
    returnCase.note(kind, ACTOR, text, now);
  }

  static ResourceBundle texts(String language) {
    Locale locale = "zh".equals(language) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
    return ResourceBundle.getBundle(
        BUNDLE,
        locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  static String reason(ResourceBundle texts, String failureCode) {
    try {
      return texts.getString("reason." + failureCode);
    } catch (MissingResourceException e) {
      return texts.getString("reason.other");
    }
  }

  private static String format(ResourceBundle texts, String key, Object... arguments) {
    return new MessageFormat(texts.getString(key), texts.getLocale()).format(arguments);
  }
}
