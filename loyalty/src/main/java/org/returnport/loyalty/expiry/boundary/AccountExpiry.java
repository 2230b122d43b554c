package org.returnport.loyalty.expiry.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.loyalty.expiry.control.ExpiryMails;
import org.returnport.loyalty.expiry.control.ExpiryRules;
import org.returnport.loyalty.expiry.control.ExpiryRules.Account;
import org.returnport.loyalty.expiry.control.ExpiryRules.Credit;
import org.returnport.loyalty.expiry.control.ExpiryRules.Lapse;
import org.returnport.loyalty.expiry.control.StoreZones;
import org.returnport.loyalty.ledger.control.Ledger;
import org.returnport.loyalty.ledger.entity.LoyaltyAccount;
import org.returnport.loyalty.ledger.entity.Posting;
import org.returnport.loyalty.program.control.ProgramInForce;
import org.returnport.loyalty.program.entity.ProgramRules.Expiry;
import org.returnport.loyalty.program.entity.ProgramRules.ExpiryMode;
import org.returnport.members.entity.Member;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenancy.TenantScoped;
import org.returnport.tenant.boundary.Tenants;
import org.returnport.tenant.entity.Tenant;

/**
 * Expiry of one member's points at a given moment, in a transaction of its own under the lock of
 * the member's account: what is due lapses (one entry, keyed by the account and the day), and a
 * member with points lapsing within {@link ExpiryRules#WARN_AHEAD} is warned, once. The store's job
 * calls it ({@link PointsExpiry}); an administrator may run it too.
 */
@Stateless
@TenantScoped
@StoreRoles(StaffRole.MERCHANT_ADMIN)
public class AccountExpiry {

  @PersistenceContext EntityManager em;

  @Inject Ledger ledger;

  @Inject ProgramInForce program;

  @Inject ExpiryMails mails;

  @Inject Tenants tenants;

  @Inject CurrentTenant currentTenant;

  /** What one run did to an account. */
  public record Outcome(long expired, boolean warned) {

    static final Outcome NOTHING = new Outcome(0, false);
  }

  /**
   * The members whose points may lapse at {@code now} or within the warning's reach: those with a
   * balance, last active (INACTIVITY) or with an account opened (ROLLING) long enough ago.
   */
  public List<Long> candidates(Instant now) {
    Expiry expiry = program.now().rules().expiry();
    if (expiry.mode() == ExpiryMode.NONE) {
      return List.of();
    }
    String since =
        expiry.mode() == ExpiryMode.INACTIVITY
            ? "COALESCE(a.lastActivityAt, a.createdAt)"
            : "a.createdAt";
    return em.createQuery(
            "SELECT a.memberId FROM LoyaltyAccount a WHERE a.balance > 0 AND "
                + since
                + " < :bound ORDER BY a.memberId",
            Long.class)
        .setParameter("bound", ExpiryRules.activeBefore(expiry, now))
        .getResultList();
  }

  /** Lapses what is due of the member's points at {@code now} and warns of what comes. */
  public Outcome expire(long memberId, Instant now) {
    ProgramInForce.Rules rules = program.now();
    Expiry expiry = rules.rules().expiry();
    if (expiry.mode() == ExpiryMode.NONE) {
      return Outcome.NOTHING;
    }
    Tenant store = tenants.require(currentTenant.get().orElseThrow().slug());
    ZoneId zone = StoreZones.of(store.getCountry());
    LoyaltyAccount account = ledger.lockedAccount(memberId);
    Optional<Lapse> due = ExpiryRules.due(schedule(expiry, zone, account), now);
    long expired = 0;
    if (due.isPresent()) {
      String what =
          expiry.mode() == ExpiryMode.INACTIVITY
              ? "loyalty.entry.expired.inactivity"
              : "loyalty.entry.expired.rolling";
      expired =
          ledger
              .post(
                  account,
                  Posting.expiry(
                      account.getId() + "/" + due.get().on(),
                      due.get().points(),
                      rules.versionNo(),
                      now,
                      what,
                      Integer.toString(expiry.months())))
              .map(entry -> -entry.getPoints())
              .orElse(0L);
    }
    List<Lapse> coming = ExpiryRules.coming(schedule(expiry, zone, account), now);
    if (!ExpiryRules.needsWarning(
        coming, account.getExpiryWarnedAt(), account.getLastActivityAt())) {
      return new Outcome(expired, false);
    }
    account.warnedOfExpiry(now);
    em.createNamedQuery(Member.BY_ID, Member.class)
        .setParameter("id", memberId)
        .getResultStream()
        .findFirst()
        .filter(member -> member.getPreferences().points() && member.getEmail() != null)
        .ifPresent(member -> mails.warning(store, member, account.getId(), rules.rules(), coming));
    return new Outcome(expired, true);
  }

  private List<Lapse> schedule(Expiry expiry, ZoneId zone, LoyaltyAccount account) {
    Instant lastActive =
        account.getLastActivityAt() == null ? account.getCreatedAt() : account.getLastActivityAt();
    if (expiry.mode() == ExpiryMode.INACTIVITY) {
      return ExpiryRules.schedule(
          expiry, zone, new Account(account.getBalance(), lastActive, List.of(), 0));
    }
    List<Credit> credits =
        em.createQuery(
                "SELECT e.createdAt, e.points FROM LedgerEntry e WHERE e.memberId = :member"
                    + " AND e.points > 0 ORDER BY e.id",
                Object[].class)
            .setParameter("member", account.getMemberId())
            .getResultStream()
            .map(row -> new Credit((Instant) row[0], ((Number) row[1]).longValue()))
            .toList();
    Number taken =
        em.createQuery(
                "SELECT COALESCE(SUM(e.points), 0) FROM LedgerEntry e WHERE e.memberId = :member"
                    + " AND e.points < 0",
                Number.class)
            .setParameter("member", account.getMemberId())
            .getSingleResult();
    return ExpiryRules.schedule(
        expiry, zone, new Account(account.getBalance(), lastActive, credits, -taken.longValue()));
  }
}
