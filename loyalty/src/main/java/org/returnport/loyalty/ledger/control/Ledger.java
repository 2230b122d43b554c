package org.returnport.loyalty.ledger.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.returnport.errors.NotFoundException;
import org.returnport.events.DomainEvent;
import org.returnport.events.PointsEarned;
import org.returnport.loyalty.ledger.entity.EntryKind;
import org.returnport.loyalty.ledger.entity.LedgerEntry;
import org.returnport.loyalty.ledger.entity.LoyaltyAccount;
import org.returnport.loyalty.ledger.entity.Posting;
import org.returnport.tenancy.CurrentTenant;

/**
 * Writes members' ledgers, in the caller's transaction. Every write locks the member's account row
 * first, then looks for its key: two deliveries of the same cause, even at the same moment, write
 * one entry (the unique key is the last guard). The account moves with each entry, so it always
 * equals the sums of the entries.
 */
@Dependent
public class Ledger {

  @PersistenceContext EntityManager em;

  @Inject CurrentTenant currentTenant;

  @Inject Event<DomainEvent> events;

  /** The member's account without a lock, if they have one. */
  public Optional<LoyaltyAccount> account(long memberId) {
    return em.createNamedQuery(LoyaltyAccount.OF_MEMBER, LoyaltyAccount.class)
        .setParameter("memberId", memberId)
        .getResultStream()
        .findFirst();
  }

  /**
   * The member's account, opened on first use, locked until the transaction ends: whoever writes to
   * a member's points holds this lock, so balances are never read and written by two at once.
   */
  public LoyaltyAccount lockedAccount(long memberId) {
    LoyaltyAccount account = account(memberId).orElseGet(() -> opened(memberId));
    // A locking read sees the latest committed row, where a plain one could see this
    // transaction's older snapshot: the balance is read under the lock it is written under.
    em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
    return account;
  }

  /**
   * Opens the member's account. Only when a plain read found none: an insert that meets an existing
   * row holds a shared lock on it, and two deliveries both upgrading theirs to write deadlock (the
   * benchmark's twin deliveries did).
   */
  private LoyaltyAccount opened(long memberId) {
    // A member who left keeps their ledger (a claw-back may still come), so any member counts.
    boolean ofThisStore =
        em.createQuery("SELECT COUNT(m) FROM Member m WHERE m.id = :id", Long.class)
                .setParameter("id", memberId)
                .getSingleResult()
            > 0;
    if (!ofThisStore) {
      throw new NotFoundException("member " + memberId);
    }
    // Two first awards at the same moment must not both open an account: the unique key lets one
    // insert win and the other do nothing. The member's row names the store.
    em.createNativeQuery(
            "INSERT IGNORE INTO LOYALTY_ACCOUNT (TENANT_ID, MEMBER_ID, BALANCE, PENDING, CREATED_AT)"
                + " SELECT TENANT_ID, ID, 0, 0, CURRENT_TIMESTAMP(6) FROM STORE_MEMBER WHERE ID = ?")
        .setParameter(1, memberId)
        .executeUpdate();
    return em.createNamedQuery(LoyaltyAccount.OF_MEMBER, LoyaltyAccount.class)
        .setParameter("memberId", memberId)
        .getSingleResult();
  }

  /** Writes the posting to the member's ledger, unless its key was written before. */
  public Optional<LedgerEntry> post(long memberId, Posting posting) {
    return post(lockedAccount(memberId), posting);
  }

  /**
   * Writes the posting to an account the caller has locked ({@link #lockedAccount}), unless its key
   * was written before: then nothing changes and the answer is empty.
   */
  public Optional<LedgerEntry> post(LoyaltyAccount locked, Posting posting) {
    if (written(posting.sourceKey())) {
      return Optional.empty();
    }
    LedgerEntry entry = locked.post(posting);
    em.persist(entry);
    em.flush();
    boolean grew =
        (entry.getKind() == EntryKind.EARN || entry.getKind() == EntryKind.CONFIRM)
            && (entry.getPoints() > 0 || entry.getPendingPoints() > 0);
    if (grew) {
      events.fire(
          new PointsEarned(
              currentTenant.get().orElseThrow(),
              UUID.nameUUIDFromBytes(
                  ("points-earned/" + entry.getSourceKey()).getBytes(StandardCharsets.UTF_8)),
              entry.getCreatedAt(),
              locked.getMemberId(),
              entry.getKind() == EntryKind.CONFIRM
                  ? entry.getPoints()
                  : entry.getPoints() + entry.getPendingPoints(),
              entry.getKind() == EntryKind.EARN && entry.getPendingPoints() > 0,
              entry.getSource(),
              locked.getBalance()));
    }
    return Optional.of(entry);
  }

  /** Whether an entry with this key exists (in the current store). */
  public boolean written(String sourceKey) {
    return !em.createNamedQuery(LedgerEntry.BY_KEY, LedgerEntry.class)
        .setParameter("sourceKey", sourceKey)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  public Optional<LedgerEntry> byKey(String sourceKey) {
    return em.createNamedQuery(LedgerEntry.BY_KEY, LedgerEntry.class)
        .setParameter("sourceKey", sourceKey)
        .getResultStream()
        .findFirst();
  }

  /** The entries that confirmed or clawed back an award. */
  public List<LedgerEntry> followUps(LedgerEntry award) {
    return em.createNamedQuery(LedgerEntry.RELATED, LedgerEntry.class)
        .setParameter("entryId", award.getId())
        .getResultList();
  }

  /** The member's entries, newest first, a page at a time. */
  public List<LedgerEntry> history(long memberId, int first, int max) {
    return em.createNamedQuery(LedgerEntry.OF_MEMBER, LedgerEntry.class)
        .setParameter("memberId", memberId)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /** The sums of the member's entries: balance and pending, as a recount (for checks). */
  public Sums recount(long memberId) {
    Object[] row =
        em.createNamedQuery(LedgerEntry.SUMS, Object[].class)
            .setParameter("memberId", memberId)
            .getSingleResult();
    return new Sums(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
  }

  public record Sums(long balance, long pending) {}
}
