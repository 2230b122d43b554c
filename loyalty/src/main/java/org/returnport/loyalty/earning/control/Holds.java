package org.returnport.loyalty.earning.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.returnport.loyalty.ledger.control.Ledger;
import org.returnport.loyalty.ledger.entity.EntryKind;
import org.returnport.loyalty.ledger.entity.LedgerEntry;
import org.returnport.loyalty.ledger.entity.LoyaltyAccount;
import org.returnport.loyalty.ledger.entity.Posting;

/** Awards on hold whose hold has passed, and their confirmation. */
@Dependent
public class Holds {

  @PersistenceContext EntityManager em;

  @Inject Ledger ledger;

  /**
   * Up to {@code max} awards, after the entry {@code afterId}, on hold until {@code now} or before
   * and neither confirmed nor clawed back yet.
   */
  public List<Due> due(Instant now, long afterId, int max) {
    return em.createQuery(
            "SELECT e.id, e.memberId FROM LedgerEntry e WHERE e.kind = :kind"
                + " AND e.confirmAfter <= :now AND e.pendingPoints > 0 AND e.id > :after"
                + " AND NOT EXISTS (SELECT f FROM LedgerEntry f WHERE f.relatesTo = e.id)"
                + " ORDER BY e.id",
            Object[].class)
        .setParameter("kind", EntryKind.EARN)
        .setParameter("now", now)
        .setParameter("after", afterId)
        .setMaxResults(max)
        .getResultStream()
        .map(row -> new Due(((Number) row[0]).longValue(), ((Number) row[1]).longValue()))
        .toList();
  }

  /**
   * Confirms the award under its member's account lock, unless a claw-back (its review withdrawn
   * meanwhile) or a confirmation came first; answers whether it did.
   */
  public boolean confirm(Due due, Instant now) {
    LoyaltyAccount account = ledger.lockedAccount(due.memberId());
    LedgerEntry award = em.find(LedgerEntry.class, due.entryId());
    // The lock was this transaction's first read, so plain reads see every follow-up committed.
    if (award == null || !ledger.followUps(award).isEmpty()) {
      return false;
    }
    return ledger.post(account, Posting.confirmation(award, now)).isPresent();
  }

  /** An award whose hold passed, and its member. */
  public record Due(long entryId, long memberId) implements java.io.Serializable {}
}
