package org.returnport.loyalty.rewards.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.returnport.loyalty.ledger.entity.EntryKind;
import org.returnport.loyalty.ledger.entity.LedgerEntry;

/**
 * The reads behind a member's rewards page that the ledger does not offer: how many entries they
 * have, which awards still wait for their hold, and their standing for tiers.
 */
@Dependent
public class RewardsQueries {

  @PersistenceContext EntityManager em;

  public long entryCount(long memberId) {
    return em.createQuery(
            "SELECT COUNT(e) FROM LedgerEntry e WHERE e.memberId = :memberId", Long.class)
        .setParameter("memberId", memberId)
        .getSingleResult();
  }

  /**
   * Awards still on hold: pending points neither confirmed nor clawed back yet, those confirmed
   * soonest first (an award whose return has not closed yet has no date and comes last).
   */
  public List<LedgerEntry> openAwards(long memberId) {
    return em.createQuery(
            "SELECT e FROM LedgerEntry e WHERE e.memberId = :memberId AND e.kind = :earn"
                + " AND e.pendingPoints > 0 AND NOT EXISTS (SELECT f FROM LedgerEntry f"
                + " WHERE f.relatesTo = e.id) ORDER BY e.id",
            LedgerEntry.class)
        .setParameter("memberId", memberId)
        .setParameter("earn", EntryKind.EARN)
        .setMaxResults(100)
        .getResultStream()
        .sorted(
            (a, b) -> {
              if (a.getConfirmAfter() == null || b.getConfirmAfter() == null) {
                return a.getConfirmAfter() == null ? (b.getConfirmAfter() == null ? 0 : 1) : -1;
              }
              return a.getConfirmAfter().compareTo(b.getConfirmAfter());
            })
        .toList();
  }
}
