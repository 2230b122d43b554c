package org.returnport.policy.boundary;

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
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.policy.entity.PolicyRules;
import org.returnport.policy.entity.ReturnPolicy;
import org.returnport.tenancy.TenantScoped;

/**
 * The current store's return policy and its history. Publishing writes a new version; versions
 * already published never change, so returns keep being judged by the version they were requested
 * under.
 */
@Stateless
@TenantScoped
@StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT})
public class ReturnPolicies {

  @PersistenceContext EntityManager em;

  @Inject Caller caller;

  /** The version in force: the latest published, or none before the store publishes one. */
  public Optional<ReturnPolicy> current() {
    return em.createNamedQuery(ReturnPolicy.FIND_ALL, ReturnPolicy.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  public ReturnPolicy version(int versionNo) {
    return em.createNamedQuery(ReturnPolicy.FIND_BY_VERSION, ReturnPolicy.class)
        .setParameter("versionNo", versionNo)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("policy version " + versionNo));
  }

  public List<ReturnPolicy> history(int max) {
    return em.createNamedQuery(ReturnPolicy.FIND_ALL, ReturnPolicy.class)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Publishes a store's first policy on its behalf (the demo store's, at start): it does nothing
   * when the store already has one, so it can never replace a merchant's own policy.
   */
  @StoreRoles(StaffRole.MERCHANT_ADMIN)
  public void publishFirst(PolicyRules rules, String by) {
    if (current().isEmpty()) {
      em.persist(new ReturnPolicy(1, rules, by, Instant.now()));
    }
  }

  /**
   * Publishes the rules as the next version, if the editor started from the version still in force
   * ({@code basedOn}, 0 for none): two admins editing at once do not silently undo each other's
   * changes.
   */
  @StoreRoles(StaffRole.MERCHANT_ADMIN)
  public int publish(int basedOn, PolicyRules rules) {
    Optional<ReturnPolicy> latest =
        em.createNamedQuery(ReturnPolicy.FIND_ALL, ReturnPolicy.class)
            .setMaxResults(1)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst();
    int current = latest.map(ReturnPolicy::getVersionNo).orElse(0);
    if (current != basedOn) {
      throw new RejectedException(null, "returnport.policy.stale", current);
    }
    ReturnPolicy next =
        new ReturnPolicy(current + 1, rules, caller.name().orElseThrow(), Instant.now());
    em.persist(next);
    em.flush();
    return next.getVersionNo();
  }
}
