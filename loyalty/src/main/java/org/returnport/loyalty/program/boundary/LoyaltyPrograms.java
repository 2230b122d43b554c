package org.returnport.loyalty.program.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.returnport.access.Caller;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.errors.RejectedException;
import org.returnport.loyalty.program.control.ProgramInForce;
import org.returnport.loyalty.program.entity.ProgramRules;
import org.returnport.loyalty.program.entity.ProgramVersion;
import org.returnport.tenancy.TenantScoped;

/**
 * The current store's points program for its staff: read by all, published by admins. Publishing
 * writes a new version; points already earned or pending keep the version they were earned under.
 */
@Stateless
@TenantScoped
@StoreRoles({
  StaffRole.MERCHANT_ADMIN,
  StaffRole.MERCHANT_AGENT,
  StaffRole.WAREHOUSE,
  StaffRole.MODERATOR
})
public class LoyaltyPrograms {

  @PersistenceContext EntityManager em;

  @Inject ProgramInForce inForce;

  @Inject Caller caller;

  public ProgramInForce.Rules current() {
    return inForce.now();
  }

  public List<ProgramVersion> history(int max) {
    return em.createNamedQuery(ProgramVersion.ALL, ProgramVersion.class)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Publishes the rules as the next version, if the editor started from the version in force
   * ({@code basedOn}, 0 for the defaults): two admins editing at once do not undo each other.
   */
  @StoreRoles(StaffRole.MERCHANT_ADMIN)
  public int publish(int basedOn, ProgramRules rules) {
    Optional<ProgramVersion> latest =
        em.createNamedQuery(ProgramVersion.ALL, ProgramVersion.class)
            .setMaxResults(1)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst();
    int current = latest.map(ProgramVersion::getVersionNo).orElse(0);
    if (current != basedOn) {
      throw new RejectedException(null, "returnport.loyalty.rules.stale", current);
    }
    ProgramVersion next =
        new ProgramVersion(current + 1, rules, caller.name().orElse("returnport"), Instant.now());
    em.persist(next);
    em.flush();
    return next.getVersionNo();
  }
}
