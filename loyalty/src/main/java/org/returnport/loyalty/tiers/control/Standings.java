package org.returnport.loyalty.tiers.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.returnport.loyalty.ledger.entity.EntryKind;
import org.returnport.loyalty.program.entity.ProgramRules.TierBasis;
import org.returnport.loyalty.tiers.entity.TierWindow;
import org.returnport.members.entity.Member;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenant.boundary.Tenants;
import org.returnport.values.EmailAddress;

/**
 * A member's standing in the current store over a window: the points they earned, or what they
 * spent, whichever the program places tiers by.
 */
@Dependent
public class Standings {

  /** Points that became spendable in the window: awards made at once and confirmed holds. */
  private static final String EARNED =
      "SELECT COALESCE(SUM(e.points), 0) FROM LedgerEntry e WHERE e.memberId = :memberId"
          + " AND e.kind IN :kinds AND e.points > 0 AND e.createdAt > :since"
          + " AND e.createdAt <= :until";

  /**
   * Claw-backs of those points, whenever they happened (up to the window's end): the award they
   * took back, or its confirmation, counted in the window. A claw-back of points earned before the
   * window takes nothing from it.
   */
  private static final String CLAWED_BACK =
      "SELECT COALESCE(SUM(c.points), 0) FROM LedgerEntry c WHERE c.memberId = :memberId"
          + " AND c.kind = :clawBack AND c.points < 0 AND c.createdAt <= :until"
          + " AND EXISTS (SELECT a.id FROM LedgerEntry a WHERE a.memberId = :memberId"
          + " AND (a.id = c.relatesTo OR a.relatesTo = c.relatesTo) AND a.kind IN :kinds"
          + " AND a.points > 0 AND a.createdAt > :since AND a.createdAt <= :until)";

  /**
   * What the member's orders came to in the store's default currency, per address as the orders
   * wrote it: orders in another currency are left out, as there is no rate the merchant agreed to
   * convert them at. The database compares addresses without regard to case (and accents), so the
   * addresses are matched exactly afterwards.
   */
  private static final String SPENT =
      "SELECT o.email, SUM(l.unitPrice * l.quantity + l.tax - l.discount) FROM OrderLine l"
          + " JOIN l.order o WHERE o.email = :email AND o.currency = :currency"
          + " AND o.placedAt > :since AND o.placedAt <= :until GROUP BY o.email";

  @PersistenceContext EntityManager em;

  @Inject CurrentTenant currentTenant;

  @Inject Tenants tenants;

  public BigDecimal of(long memberId, TierBasis basis, TierWindow window) {
    return basis == TierBasis.SPEND ? spent(memberId, window) : earned(memberId, window);
  }

  /** Points earned in the window, less what was clawed back of them; never below zero. */
  public BigDecimal earned(long memberId, TierWindow window) {
    List<EntryKind> kinds = List.of(EntryKind.EARN, EntryKind.CONFIRM);
    long earned =
        ((Number)
                em.createQuery(EARNED)
                    .setParameter("memberId", memberId)
                    .setParameter("kinds", kinds)
                    .setParameter("since", window.since())
                    .setParameter("until", window.until())
                    .getSingleResult())
            .longValue();
    if (earned == 0) {
      return BigDecimal.ZERO;
    }
    long clawedBack =
        ((Number)
                em.createQuery(CLAWED_BACK)
                    .setParameter("memberId", memberId)
                    .setParameter("clawBack", EntryKind.CLAWBACK)
                    .setParameter("kinds", kinds)
                    .setParameter("since", window.since())
                    .setParameter("until", window.until())
                    .getSingleResult())
            .longValue();
    return BigDecimal.valueOf(Math.max(0, earned + clawedBack));
  }

  /** The total of the member's orders (by their verified address) in the window. */
  public BigDecimal spent(long memberId, TierWindow window) {
    Optional<EmailAddress> email =
        em.createNamedQuery(Member.BY_ID, Member.class)
            .setParameter("id", memberId)
            .getResultStream()
            .findFirst()
            .flatMap(member -> EmailAddress.parse(member.getEmail()));
    if (email.isEmpty()) {
      return BigDecimal.ZERO;
    }
    BigDecimal total = BigDecimal.ZERO;
    for (Object[] row :
        em.createQuery(SPENT, Object[].class)
            .setParameter("email", email.get().value())
            .setParameter("currency", defaultCurrency())
            .setParameter("since", window.since())
            .setParameter("until", window.until())
            .getResultList()) {
      if (email.get().matches((String) row[0]) && row[1] != null) {
        total = total.add(new BigDecimal(row[1].toString()));
      }
    }
    return total;
  }

  /** The current store's default currency: spend and point values are counted in it. */
  public String defaultCurrency() {
    return tenants.require(currentTenant.get().orElseThrow().slug()).getDefaultCurrency();
  }
}
