package org.returnport.payments.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.returnport.access.AnyCaller;
import org.returnport.payments.control.GatewayNotice;
import org.returnport.payments.control.StripeEvent;
import org.returnport.payments.control.StripeGateway;
import org.returnport.payments.control.StripeSignature;
import org.returnport.payments.entity.GatewayEvent;
import org.returnport.payments.entity.StripeAccount;
import org.returnport.secrets.SecretSeal;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenancy.TenantScoped;

/**
 * Stripe's webhook events for the store whose address they were sent to. Anyone may send one; only
 * an event signed with the store's signing secret, within five minutes of its timestamp, is read,
 * and each event id is applied once: its {@link GatewayNotice} is fired in this transaction, so
 * that what observers record and the event's record stand or fall together. Refusals are logged
 * without the secret or the body.
 */
@Stateless
@TenantScoped
@AnyCaller
public class StripeWebhooks {

  private static final Logger LOG = Logger.getLogger(StripeWebhooks.class.getName());

  @PersistenceContext EntityManager em;

  @Inject SecretSeal seal;

  @Inject CurrentTenant currentTenant;

  @Inject Event<GatewayNotice> notices;

  Clock clock = Clock.systemUTC();

  /** What became of an event. */
  public enum Outcome {
    /** Read, and its notice fired. */
    APPLIED,
    /** Signed, but of a type that tells us nothing: answered so that Stripe stops sending it. */
    IGNORED,
    /** This event id was applied before: nothing was done again. */
    REPLAYED,
    /** No Stripe-Signature header with a timestamp and a v1 signature. */
    UNSIGNED,
    /** The signature does not match, or the store has no signing secret to check it with. */
    FORGED,
    /** Signed, but more than five minutes from now: possibly a captured copy sent again. */
    STALE,
    /** Signed, but no Stripe event. */
    UNREADABLE
  }

  public Outcome receive(byte[] body, String signature) {
    String store = currentTenant.get().orElseThrow().slug();
    Optional<String> secret =
        em.createNamedQuery(StripeAccount.CURRENT, StripeAccount.class)
            .getResultStream()
            .findFirst()
            .map(StripeAccount::getSealedSigningSecret)
            .map(text -> seal.open(text, store));
    Instant now = clock.instant();
    StripeSignature.Check check =
        StripeSignature.check(body, signature, secret.orElse(null), now, StripeSignature.TOLERANCE);
    switch (check) {
      case MISSING -> {
        LOG.warning(() -> "Stripe webhook refused in " + store + ": not signed");
        return secret.isEmpty() ? Outcome.FORGED : Outcome.UNSIGNED;
      }
      case FORGED -> {
        LOG.warning(() -> "Stripe webhook refused in " + store + ": signature does not match");
        return Outcome.FORGED;
      }
      case STALE -> {
        LOG.warning(() -> "Stripe webhook refused in " + store + ": timestamp too far from now");
        return Outcome.STALE;
      }
      case VALID -> {
        // read on
      }
    }
    StripeEvent event;
    try {
      event = StripeEvent.parse(body);
    } catch (StripeEvent.Unreadable e) {
      LOG.warning(() -> "Stripe webhook refused in " + store + ": " + e.getMessage());
      return Outcome.UNREADABLE;
    }
    Optional<GatewayNotice> notice = event.notice();
    if (notice.isEmpty()) {
      return Outcome.IGNORED;
    }
    boolean seen =
        !em.createNamedQuery(GatewayEvent.FIND, Long.class)
            .setParameter("gateway", StripeGateway.CODE)
            .setParameter("eventId", event.id())
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (seen) {
      LOG.info(() -> "Stripe event " + event.id() + " in " + store + " replayed: ignored");
      return Outcome.REPLAYED;
    }
    // Written and flushed before the notice goes out: a copy delivered at the same moment by
    // another server fails on the unique key here, before any observer acts on it.
    em.persist(new GatewayEvent(StripeGateway.CODE, event.id(), event.type(), now));
    em.flush();
    notices.fire(notice.get());
    return Outcome.APPLIED;
  }
}
