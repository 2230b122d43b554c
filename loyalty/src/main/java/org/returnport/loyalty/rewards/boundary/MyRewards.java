package org.returnport.loyalty.rewards.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.returnport.access.AnyCaller;
import org.returnport.access.Caller;
import org.returnport.loyalty.ledger.control.Ledger;
import org.returnport.loyalty.ledger.entity.LedgerEntry;
import org.returnport.loyalty.ledger.entity.LoyaltyAccount;
import org.returnport.loyalty.program.control.ProgramInForce;
import org.returnport.loyalty.program.entity.ProgramRules;
import org.returnport.loyalty.rewards.control.RedeemLimits;
import org.returnport.loyalty.rewards.control.RewardsQueries;
import org.returnport.loyalty.rewards.control.TierProgress;
import org.returnport.loyalty.tiers.control.Standings;
import org.returnport.loyalty.tiers.entity.TierWindow;
import org.returnport.members.entity.Member;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenancy.TenantScoped;
import org.returnport.tenant.entity.Tenant;

/**
 * The signed-in member's own points in the current store: account, history, the rules in force and
 * their progress to the next tier. The member is the one signed in ({@link Caller#userId()}), never
 * one a page names; someone who is not a member here has nothing to read. Reading opens no account:
 * a member who never earned sees zero.
 */
@Stateless
@TenantScoped
public class MyRewards {

  /** Entries per page of the history. */
  public static final int PAGE_SIZE = 20;

  @PersistenceContext EntityManager em;

  @Inject Caller caller;

  @Inject CurrentTenant currentTenant;

  @Inject Ledger ledger;

  @Inject ProgramInForce inForce;

  @Inject RewardsQueries queries;

  @Inject Standings standings;

  private final Clock clock = Clock.systemUTC();

  /** The member's points, tier and the program's rules; empty for anyone who is not a member. */
  @AnyCaller
  public Optional<RewardsView> mine() {
    return member().map(this::view);
  }

  /**
   * A page of the member's ledger (from 1; a page past the end shows the last), newest first; empty
   * for anyone who is not a member.
   */
  @AnyCaller
  public Optional<HistoryPage> history(int page) {
    return member()
        .map(
            member -> {
              long total = queries.entryCount(member.getId());
              int pages = HistoryPage.pages(total, PAGE_SIZE);
              int shown = HistoryPage.shown(page, pages);
              List<HistoryPage.Entry> entries =
                  ledger.history(member.getId(), (shown - 1) * PAGE_SIZE, PAGE_SIZE).stream()
                      .map(MyRewards::entry)
                      .toList();
              return new HistoryPage(entries, shown, pages, total);
            });
  }

  /** The program in force, for anyone (the page's "how to earn" before joining). */
  @AnyCaller
  public ProgramRules rules() {
    return inForce.now().rules();
  }

  private RewardsView view(Member member) {
    ProgramRules rules = inForce.now().rules();
    String currency =
        em.createNamedQuery(Tenant.FIND_BY_SLUG, Tenant.class)
            .setParameter("slug", currentTenant.get().orElseThrow().slug())
            .getSingleResult()
            .getDefaultCurrency();
    Optional<LoyaltyAccount> account = ledger.account(member.getId());
    Instant now = clock.instant();
    BigDecimal standing = standings.of(member.getId(), rules.tierBasis(), TierWindow.endingAt(now));
    TierProgress progress =
        TierProgress.of(rules, account.map(LoyaltyAccount::getTierCode).orElse(null), standing);
    List<RewardsView.PendingAward> awards =
        queries.openAwards(member.getId()).stream()
            .map(
                award ->
                    new RewardsView.PendingAward(
                        award.getPendingPoints(),
                        award.getConfirmAfter(),
                        award.getCreatedAt(),
                        award.getMessageKey(),
                        award.getMessageArgs()))
            .toList();
    return new RewardsView(
        rules,
        currency,
        account.map(LoyaltyAccount::getBalance).orElse(0L),
        account.map(LoyaltyAccount::getPending).orElse(0L),
        awards,
        progress.current() == null ? null : account.map(LoyaltyAccount::getTierSince).orElse(null),
        progress,
        RedeemLimits.of(rules.redemption(), currency),
        account.map(LoyaltyAccount::getLastActivityAt).orElse(null));
  }

  private Optional<Member> member() {
    return caller
        .userId()
        .flatMap(
            user ->
                em.createNamedQuery(Member.BY_USER, Member.class)
                    .setParameter("user", user)
                    .getResultStream()
                    .findFirst());
  }

  private static HistoryPage.Entry entry(LedgerEntry e) {
    return new HistoryPage.Entry(
        e.getId(),
        e.getKind(),
        e.getPoints(),
        e.getPendingPoints(),
        e.getMessageKey(),
        e.getMessageArgs(),
        e.getCreatedAt(),
        e.getConfirmAfter());
  }
}
