package org.returnport.loyalty.members.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.returnport.access.Caller;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.loyalty.ledger.control.Ledger;
import org.returnport.loyalty.ledger.entity.LedgerEntry;
import org.returnport.loyalty.ledger.entity.LoyaltyAccount;
import org.returnport.loyalty.ledger.entity.Posting;
import org.returnport.loyalty.members.control.AdjustmentRequest;
import org.returnport.loyalty.members.control.MemberSearch;
import org.returnport.loyalty.program.control.ProgramInForce;
import org.returnport.members.entity.Member;
import org.returnport.tenancy.TenantScoped;

/**
 * The current store's members and their points, for its staff at the desk: administrators and
 * agents find members and read their ledgers (an agent answers "where are my points?"); only
 * administrators change points by hand, since an adjustment is money the store gives or takes.
 * Another store's member is not found.
 */
@Stateless
@TenantScoped
@StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT})
public class LoyaltyMembers {

  public static final int PAGE_MAX = 100;

  private static final String MATCHING =
      " FROM Member m WHERE m.leftAt IS NULL AND (LOWER(m.displayName) LIKE :q ESCAPE '"
          + MemberSearch.ESCAPE
          + "' OR LOWER(m.email) LIKE :q ESCAPE '"
          + MemberSearch.ESCAPE
          + "')";

  @PersistenceContext EntityManager em;

  @Inject Ledger ledger;

  @Inject ProgramInForce inForce;

  @Inject Caller caller;

  /**
   * The members whose name or e-mail contains what was typed (all when nothing was), newest members
   * first; {@code page} from 1, past the last page answers the last.
   */
  public MemberPage search(String typed, int page, int size) {
    int pageSize = Math.max(1, Math.min(size, PAGE_MAX));
    String pattern = MemberSearch.pattern(typed);
    long total =
        em.createQuery("SELECT COUNT(m)" + MATCHING, Long.class)
            .setParameter("q", pattern)
            .getSingleResult();
    int pages = pagesOf(total, pageSize);
    int shown = Math.max(1, Math.min(page, pages));
    List<Member> members =
        em.createQuery("SELECT m" + MATCHING + " ORDER BY m.id DESC", Member.class)
            .setParameter("q", pattern)
            .setFirstResult((shown - 1) * pageSize)
            .setMaxResults(pageSize)
            .getResultList();
    Map<Long, LoyaltyAccount> accounts = accountsOf(members);
    List<MemberPoints> rows =
        members.stream().map(m -> points(m, Optional.ofNullable(accounts.get(m.getId())))).toList();
    return new MemberPage(rows, shown, pages, total);
  }

  /** A member of this store and their points. */
  public MemberPoints member(long memberId) {
    Member member = requireMember(memberId);
    return points(member, ledger.account(memberId));
  }

  /**
   * A member with a page of their ledger, newest first, each entry with the balance after it; and
   * whether the kept balance still equals the sum of the entries.
   */
  public MemberLedger ledger(long memberId, int page, int size) {
    MemberPoints member = member(memberId);
    int pageSize = Math.max(1, Math.min(size, PAGE_MAX));
    long total =
        em.createQuery("SELECT COUNT(e) FROM LedgerEntry e WHERE e.memberId = :m", Long.class)
            .setParameter("m", memberId)
            .getSingleResult();
    int pages = pagesOf(total, pageSize);
    int shown = Math.max(1, Math.min(page, pages));
    List<LedgerEntry> entries = ledger.history(memberId, (shown - 1) * pageSize, pageSize);
    List<EntryLine> lines = new ArrayList<>(entries.size());
    if (!entries.isEmpty()) {
      // MySQL sums BIGINTs as DECIMAL: read the sum as any number.
      Object newerSum =
          em.createQuery(
                  "SELECT SUM(e.points) FROM LedgerEntry e WHERE e.memberId = :m AND e.id > :id")
              .setParameter("m", memberId)
              .setParameter("id", entries.get(0).getId())
              .getSingleResult();
      long newer = newerSum == null ? 0 : ((Number) newerSum).longValue();
      long after = member.balance() - newer;
      for (LedgerEntry entry : entries) {
        lines.add(line(entry, after));
        after -= entry.getPoints();
      }
    }
    Ledger.Sums sums = ledger.recount(memberId);
    boolean addsUp = sums.balance() == member.balance() && sums.pending() == member.pending();
    return new MemberLedger(member, lines, shown, pages, addsUp);
  }

  /**
   * Adds or removes points by hand, with a reason, in the name of the staff member acting. The same
   * form submitted twice (the same key) writes once and answers the first entry. Removing more than
   * the member holds is refused: debts come only from claw-backs.
   */
  @StoreRoles(StaffRole.MERCHANT_ADMIN)
  public Adjusted adjust(long memberId, AdjustmentRequest request) {
    AdjustmentRequest checked = request.checked();
    requireMember(memberId);
    String actor =
        caller.name().orElseThrow(() -> new IllegalStateException("an adjustment needs a person"));
    LoyaltyAccount account = ledger.lockedAccount(memberId);
    Posting posting =
        Posting.adjustment(
            checked.idempotencyKey(),
            checked.points(),
            actor,
            checked.reason(),
            inForce.now().versionNo(),
            Instant.now());
    Optional<LedgerEntry> earlier = ledger.byKey(posting.sourceKey());
    if (earlier.isPresent()) {
      if (earlier.get().getMemberId() != memberId) {
        throw new RejectedException(null, "returnport.loyalty.adjust.badKey");
      }
      return new Adjusted(line(earlier.get(), account.getBalance()), account.getBalance(), true);
    }
    checked.requireCovered(account.getBalance());
    LedgerEntry entry = ledger.post(account, posting).orElseThrow();
    return new Adjusted(line(entry, account.getBalance()), account.getBalance(), false);
  }

  private Member requireMember(long memberId) {
    return em.createNamedQuery(Member.BY_ID, Member.class)
        .setParameter("id", memberId)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("member"));
  }

  private Map<Long, LoyaltyAccount> accountsOf(List<Member> members) {
    if (members.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery(
            "SELECT a FROM LoyaltyAccount a WHERE a.memberId IN :ids", LoyaltyAccount.class)
        .setParameter("ids", members.stream().map(Member::getId).toList())
        .getResultList()
        .stream()
        .collect(Collectors.toMap(LoyaltyAccount::getMemberId, Function.identity()));
  }

  private static MemberPoints points(Member member, Optional<LoyaltyAccount> account) {
    return new MemberPoints(
        member.getId(),
        member.getDisplayName(),
        member.getEmail(),
        member.getJoinedAt(),
        account.map(LoyaltyAccount::getBalance).orElse(0L),
        account.map(LoyaltyAccount::getPending).orElse(0L),
        account.map(LoyaltyAccount::getDebt).orElse(0L),
        account.map(LoyaltyAccount::getTierCode).orElse(null),
        account.map(LoyaltyAccount::getLastActivityAt).orElse(null));
  }

  private static EntryLine line(LedgerEntry entry, long balanceAfter) {
    return new EntryLine(
        entry.getId(),
        entry.getCreatedAt(),
        entry.getKind(),
        entry.getPoints(),
        entry.getPendingPoints(),
        balanceAfter,
        entry.getMessageKey(),
        entry.getMessageArgs(),
        entry.getSource(),
        entry.getSourceKey(),
        entry.getRulesVersion(),
        entry.getConfirmAfter(),
        entry.getActor(),
        entry.getReason());
  }

  private static int pagesOf(long total, int pageSize) {
    return (int) Math.max(1, (total + pageSize - 1) / pageSize);
  }
}
