package org.returnport.it.loyalty;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.returnport.access.AnyCaller;
import org.returnport.loyalty.ledger.control.Ledger;
import org.returnport.loyalty.ledger.entity.LedgerEntry;
import org.returnport.loyalty.ledger.entity.Posting;
import org.returnport.members.entity.Member;
import org.returnport.tenancy.TenantScoped;
import org.returnport.values.DisplayName;
import org.returnport.values.EmailAddress;

/**
 * Members and ledger entries made for the console's test, through the real {@link Ledger} (the only
 * writer of points), at the instants the test gives, so that months can be filled.
 */
@Stateless
@TenantScoped
public class LoyaltyConsoleITBean {

  @PersistenceContext EntityManager em;

  @Inject Ledger ledger;

  @AnyCaller
  public long member(String name, String email) {
    Member member =
        new Member(
            UUID.randomUUID().toString(),
            EmailAddress.parse(email).orElseThrow(),
            DisplayName.of(name),
            Member.Language.EN,
            new Member.Preferences(false, false, false),
            "2026-12",
            Instant.now());
    em.persist(member);
    em.flush();
    return member.getId();
  }

  @AnyCaller
  public long earn(long memberId, String key, long points, Instant at) {
    return write(
        memberId, Posting.earned(key, "it", points, 0, at, "loyalty.entry.joined", "Console"));
  }

  /** A pending award whose hold ends far ahead: only the test confirms it. */
  @AnyCaller
  public long pending(long memberId, String key, long points, Instant at) {
    return write(
        memberId,
        Posting.pending(
            key,
            "it",
            points,
            0,
            at.plus(3650, ChronoUnit.DAYS),
            at,
            "loyalty.entry.review",
            "Merino Sweater"));
  }

  @AnyCaller
  public long confirm(long awardId, Instant at) {
    LedgerEntry award = em.find(LedgerEntry.class, awardId);
    return write(award.getMemberId(), Posting.confirmation(award, at));
  }

  @AnyCaller
  public long clawBack(long awardId, long confirmedPart, long pendingPart, Instant at) {
    LedgerEntry award = em.find(LedgerEntry.class, awardId);
    return write(
        award.getMemberId(),
        Posting.clawBack(award, confirmedPart, pendingPart, at, "loyalty.entry.clawedBack"));
  }

  @AnyCaller
  public long redeem(long memberId, String key, long points, Instant at) {
    return write(
        memberId, Posting.redemption(key, points, 0, at, "loyalty.entry.redeemed", "EUR 1.00"));
  }

  @AnyCaller
  public long expire(long memberId, String key, long points, Instant at) {
    return write(memberId, Posting.expiry(key, points, 0, at, "loyalty.entry.expired"));
  }

  private long write(long memberId, Posting posting) {
    return ledger.post(memberId, posting).orElseThrow().getId();
  }
}
