package org.returnport.loyalty.tiers.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.loyalty.ledger.control.Ledger;
import org.returnport.loyalty.program.control.ProgramInForce;
import org.returnport.loyalty.program.entity.ProgramRules;
import org.returnport.loyalty.program.entity.ProgramRules.Tier;
import org.returnport.loyalty.program.entity.ProgramRules.TierBasis;
import org.returnport.loyalty.tiers.control.TierPlacement;
import org.returnport.tenancy.TenantScoped;

/**
 * Places every member of the current store again, as of {@code now}: tiers fall as the twelve
 * months slide past what was earned or spent, rise with orders (which earn no points), and follow a
 * newly published program. Only members who move are locked and written.
 */
@Stateless
@TenantScoped
@StoreRoles(StaffRole.MERCHANT_ADMIN)
public class TierReview {

  private static final String ACCOUNT_TIERS = "SELECT a.memberId, a.tierCode FROM LoyaltyAccount a";

  private static final String ACTIVE_MEMBERS = "SELECT m.id FROM Member m WHERE m.leftAt IS NULL";

  @PersistenceContext EntityManager em;

  @Inject ProgramInForce program;

  @Inject TierPlacement placement;

  @Inject Ledger ledger;

  /** Answers how many members moved. */
  public int reviewAll(Instant now) {
    ProgramRules rules = program.now().rules();
    Map<Long, String> placed = new HashMap<>();
    for (Object[] row : em.createQuery(ACCOUNT_TIERS, Object[].class).getResultList()) {
      placed.put(((Number) row[0]).longValue(), (String) row[1]);
    }
    Set<Long> members = new LinkedHashSet<>(placed.keySet());
    if (rules.tierBasis() == TierBasis.SPEND) {
      // Spending needs no points account: any member's orders may reach a tier.
      List<Long> active = em.createQuery(ACTIVE_MEMBERS, Long.class).getResultList();
      members.addAll(active);
    }
    int moved = 0;
    for (long memberId : members) {
      String due = placement.due(memberId, rules, now).map(Tier::code).orElse(null);
      if (Objects.equals(due, placed.get(memberId))) {
        continue;
      }
      if (placement.place(ledger.lockedAccount(memberId), rules, now)) {
        moved++;
      }
    }
    return moved;
  }
}
