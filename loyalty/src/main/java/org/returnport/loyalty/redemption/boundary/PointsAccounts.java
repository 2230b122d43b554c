package org.returnport.loyalty.redemption.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.returnport.access.AnyCaller;
import org.returnport.access.IntegrationKeys;
import org.returnport.loyalty.ledger.control.Ledger;
import org.returnport.loyalty.ledger.entity.LedgerEntry;
import org.returnport.loyalty.ledger.entity.LoyaltyAccount;
import org.returnport.loyalty.program.control.ProgramInForce;
import org.returnport.loyalty.program.entity.ProgramRules;
import org.returnport.loyalty.redemption.control.MemberLookup;
import org.returnport.loyalty.redemption.control.PointsExchange;
import org.returnport.members.entity.Member;
import org.returnport.money.Money;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenancy.TenantScoped;
import org.returnport.tenant.boundary.Tenants;

/**
 * A member's points and their history, read in one row and one page: for the store's systems (its
 * integration key, a member it names by id or address; another store's member is not found) and for
 * the signed-in member (their own, nobody else's).
 */
@Stateless
@TenantScoped
public class PointsAccounts {

  public static final int PAGE_MAX = 100;

  @PersistenceContext EntityManager em;

  @Inject Ledger ledger;

  @Inject MemberLookup lookup;

  @Inject ProgramInForce program;

  @Inject Tenants tenants;

  @Inject CurrentTenant currentTenant;

  @IntegrationKeys
  public PointsStatus status(long memberId) {
    return status(lookup.byId(memberId, false));
  }

  @IntegrationKeys
  public Optional<PointsStatus> statusByEmail(String email) {
    return lookup.byEmail(email).map(this::status);
  }

  /** A page of the member's history, newest first ({@code max} from 1 to 100). */
  @IntegrationKeys
  public HistoryPage history(long memberId, int first, int max) {
    return history(lookup.byId(memberId, false), first, max);
  }

  @AnyCaller
  public PointsStatus myStatus() {
    return status(lookup.signedIn(false));
  }

  @AnyCaller
  public HistoryPage myHistory(int first, int max) {
    return history(lookup.signedIn(false), first, max);
  }

  private PointsStatus status(Member member) {
    ProgramRules rules = program.now().rules();
    String currency =
        tenants.require(currentTenant.get().orElseThrow().slug()).getDefaultCurrency();
    Optional<LoyaltyAccount> account = ledger.account(member.getId());
    long balance = account.map(LoyaltyAccount::getBalance).orElse(0L);
    String tier = account.map(LoyaltyAccount::getTierCode).orElse(null);
    ProgramRules.Redemption redemption = rules.redemption();
    return new PointsStatus(
        member.getId(),
        rules.pointsName(),
        balance,
        account.map(LoyaltyAccount::getPending).orElse(0L),
        account.map(LoyaltyAccount::getDebt).orElse(0L),
        tier,
        tier == null ? null : rules.tier(tier).map(ProgramRules.Tier::name).orElse(null),
        PointsExchange.redeemable(redemption, balance),
        redemption.minimumPoints(),
        redemption.stepPoints(),
        new Money(redemption.pointValue(), currency),
        PointsExchange.value(redemption, Math.max(0, balance), currency));
  }

  private HistoryPage history(Member member, int first, int max) {
    int from = Math.max(0, first);
    int size = Math.max(1, Math.min(max, PAGE_MAX));
    long total =
        em.createQuery(
                "SELECT COUNT(e) FROM LedgerEntry e WHERE e.memberId = :memberId", Long.class)
            .setParameter("memberId", member.getId())
            .getSingleResult();
    return new HistoryPage(
        from,
        size,
        total,
        ledger.history(member.getId(), from, size).stream().map(PointsAccounts::entry).toList());
  }

  private static PointsEntry entry(LedgerEntry e) {
    return new PointsEntry(
        e.getId(),
        e.getKind().name(),
        e.getPoints(),
        e.getPendingPoints(),
        e.getMessageKey(),
        e.getMessageArgs(),
        e.getReason(),
        e.getCreatedAt());
  }
}
