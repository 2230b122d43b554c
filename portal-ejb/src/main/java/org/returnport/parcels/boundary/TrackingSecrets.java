package org.returnport.parcels.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.parcels.entity.TrackingSecret;
import org.returnport.secrets.SecretSeal;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenancy.TenantScoped;

/**
 * The store's secret for signed tracking webhooks, for its administrators: made when first asked
 * for, shown on request, and replaced (rotated) when it may have leaked; a replaced secret no
 * longer signs anything.
 */
@Stateless
@TenantScoped
@StoreRoles(StaffRole.MERCHANT_ADMIN)
public class TrackingSecrets {

  private static final Logger LOG = Logger.getLogger(TrackingSecrets.class.getName());

  @PersistenceContext EntityManager em;

  @Inject SecretSeal seal;

  @Inject CurrentTenant currentTenant;

  private final Clock clock = Clock.systemUTC();

  /** The secret, made now if the store has none yet. */
  public String reveal() {
    Optional<TrackingSecret> current = current();
    String store = store();
    if (current.isPresent()) {
      return seal.open(current.get().getSealed(), store);
    }
    String secret = SecretSeal.newSecret();
    em.persist(new TrackingSecret(seal.seal(secret, store), clock.instant()));
    LOG.info(() -> "Tracking webhook secret made for " + store);
    return secret;
  }

  /** Replaces the secret; webhooks signed with the old one are refused from now on. */
  public String rotate() {
    String secret = SecretSeal.newSecret();
    String store = store();
    Instant now = clock.instant();
    Optional<TrackingSecret> current = current();
    if (current.isPresent()) {
      current.get().rotate(seal.seal(secret, store), now);
    } else {
      em.persist(new TrackingSecret(seal.seal(secret, store), now));
    }
    LOG.info(() -> "Tracking webhook secret rotated for " + store);
    return secret;
  }

  /** When the secret was made or last replaced; empty when there is none yet. */
  public Optional<Instant> rotatedAt() {
    return current().map(TrackingSecret::getRotatedAt);
  }

  private Optional<TrackingSecret> current() {
    return em.createNamedQuery(TrackingSecret.CURRENT, TrackingSecret.class)
        .getResultStream()
        .findFirst();
  }

  private String store() {
    return currentTenant.get().orElseThrow().slug();
  }
}
