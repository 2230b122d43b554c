package org.returnport.parcels.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returnport.access.AnyCaller;
import org.returnport.parcels.control.AfterShipUpdate;
import org.returnport.parcels.control.ParcelJournal;
import org.returnport.parcels.control.WebhookSignature;
import org.returnport.parcels.entity.Parcel;
import org.returnport.parcels.entity.ParcelScan;
import org.returnport.parcels.entity.TrackingDelivery;
import org.returnport.parcels.entity.TrackingSecret;
import org.returnport.secrets.SecretSeal;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenancy.TenantScoped;

/**
 * AfterShip's tracking webhooks for the store whose address they were sent to. Anyone may send one;
 * only a delivery signed with the store's secret is read, and it is applied once: a replayed
 * delivery (the same event id), a stale one, one about a parcel the store does not have, or a body
 * that is no tracking update changes nothing, and each refusal is logged (never with the secret or
 * the body).
 */
@Stateless
@TenantScoped
@AnyCaller
public class TrackingWebhooks {

  private static final Logger LOG = Logger.getLogger(TrackingWebhooks.class.getName());

  @PersistenceContext EntityManager em;

  @Inject SecretSeal seal;

  @Inject ParcelJournal journal;

  @Inject CurrentTenant currentTenant;

  @Inject
  @ConfigProperty(name = "returnport.tracking.max-age", defaultValue = "PT1H")
  String maxAge;

  @Inject
  @ConfigProperty(name = "returnport.tracking.max-skew", defaultValue = "PT5M")
  String maxSkew;

  Clock clock = Clock.systemUTC();

  /** What became of a delivery. */
  public enum Outcome {
    /** Read and applied; {@code newScans} of its scans were new. */
    APPLIED,
    /** This event id was applied before: nothing was done again. */
    REPLAYED,
    /** The signature is missing or wrong (or the store has no webhook secret yet). */
    FORGED,
    /** Its time lies too far in the past or in the future. */
    STALE,
    /** No parcel of the store has this tracking number. */
    UNKNOWN_TRACKING,
    /** The body is no AfterShip tracking update. */
    UNREADABLE
  }

  /** The answer to a delivery. */
  public record Receipt(Outcome outcome, int newScans) {}

  public Receipt receive(byte[] body, String signature) {
    String store = currentTenant.get().orElseThrow().slug();
    Optional<String> secret =
        em.createNamedQuery(TrackingSecret.CURRENT, TrackingSecret.class)
            .getResultStream()
            .findFirst()
            .map(s -> seal.open(s.getSealed(), store));
    if (secret.isEmpty() || !WebhookSignature.verify(body, signature, secret.get())) {
      LOG.warning(() -> "Tracking webhook refused in " + store + ": signature does not match");
      return new Receipt(Outcome.FORGED, 0);
    }
    AfterShipUpdate update;
    try {
      update = AfterShipUpdate.parse(body);
    } catch (AfterShipUpdate.Unreadable e) {
      LOG.warning(() -> "Tracking webhook refused in " + store + ": " + e.getMessage());
      return new Receipt(Outcome.UNREADABLE, 0);
    }
    Instant now = clock.instant();
    if (update.sentAt().isBefore(now.minus(Duration.parse(maxAge)))
        || update.sentAt().isAfter(now.plus(Duration.parse(maxSkew)))) {
      LOG.warning(
          () ->
              "Tracking webhook "
                  + update.eventId()
                  + " refused in "
                  + store
                  + ": sent at "
                  + update.sentAt()
                  + ", too far from now");
      return new Receipt(Outcome.STALE, 0);
    }
    boolean replayed =
        !em.createQuery(
                "SELECT d.id FROM TrackingDelivery d WHERE d.eventId = :eventId", Long.class)
            .setParameter("eventId", update.eventId())
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (replayed) {
      LOG.info(
          () -> "Tracking webhook " + update.eventId() + " in " + store + " replayed: ignored");
      return new Receipt(Outcome.REPLAYED, 0);
    }
    Optional<Parcel> parcel =
        em.createNamedQuery(Parcel.FIND_BY_TRACKING, Parcel.class)
            .setParameter("trackingNumber", update.trackingNumber())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst();
    if (parcel.isEmpty()) {
      LOG.warning(
          () ->
              "Tracking webhook "
                  + update.eventId()
                  + " refused in "
                  + store
                  + ": no parcel with tracking number "
                  + update.trackingNumber());
      return new Receipt(Outcome.UNKNOWN_TRACKING, 0);
    }
    em.persist(new TrackingDelivery(update.eventId(), now));
    int fresh = journal.ingest(parcel.get(), update.scans(), ParcelScan.Source.WEBHOOK, now).size();
    return new Receipt(Outcome.APPLIED, fresh);
  }
}
