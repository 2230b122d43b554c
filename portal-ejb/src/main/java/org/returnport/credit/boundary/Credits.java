package org.returnport.credit.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.returnport.access.AnyCaller;
import org.returnport.access.IntegrationKeys;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.credit.control.CreditCode;
import org.returnport.credit.control.CreditIssuing;
import org.returnport.credit.control.GiftCardPdf;
import org.returnport.credit.control.RedemptionRule;
import org.returnport.credit.entity.CreditAccount;
import org.returnport.credit.entity.CreditIssue;
import org.returnport.credit.entity.CreditKind;
import org.returnport.credit.entity.CreditRedemption;
import org.returnport.credit.entity.EntryKind;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.members.boundary.Members;
import org.returnport.members.boundary.Standing;
import org.returnport.money.Money;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.secrets.SecretSeal;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenancy.TenantScoped;
import org.returnport.tenant.boundary.Tenants;
import org.returnport.tenant.entity.Tenant;
import org.returnport.values.EmailAddress;

/**
 * Store credit and gift cards for the store's shop system (read, redeem, give a redemption back, by
 * code) and for the shopper (the credit of a return they may see, a member's own credit). A code of
 * another store is not found, like one never issued; a code whose check symbol does not fit is told
 * apart as mistyped. Every change locks the account's row first, so concurrent redemptions of one
 * card are taken one after the other and a replay sees the first.
 */
@Stateless
@TenantScoped
@IntegrationKeys
public class Credits {

  @PersistenceContext EntityManager em;

  @Inject SecretSeal seal;

  @Inject CurrentTenant currentTenant;

  @Inject Members members;

  @Inject Tenants tenants;

  @Inject CreditIssuing issuing;

  /** Accounts expired per store and run: a backlog is worked off on the next days. */
  static final int EXPIRY_BATCH = 500;

  private final Clock clock = Clock.systemUTC();

  /** The balance, currency, expiry and kind of the account with this code. */
  public CreditView read(String code) {
    CreditAccount account = find(normalized(code), false);
    return view(account, null, false);
  }

  /**
   * Takes {@code amount} off the account with this code, once per idempotency key: the same key and
   * request again answer as the first time and take nothing; the same key with another request, an
   * amount that is not positive, more than the balance, another currency or an expired account are
   * refused and change nothing.
   */
  public Redeemed redeem(String code, String idempotencyKey, Money amount) {
    String key = requireKey(idempotencyKey);
    String normalized = normalized(code);
    CreditAccount account = find(normalized, true);
    RedemptionRule.Outcome outcome =
        RedemptionRule.redeem(account, redemption(key), key, normalized, amount, now());
    if (!outcome.replayed()) {
      em.persist(outcome.entry());
      em.persist(outcome.redemption());
    }
    return redeemed(outcome.redemption(), outcome.replayed());
  }

  /**
   * Gives a redemption back to the account (the shop's order was cancelled); again changes nothing.
   * A redemption of another code is not found.
   */
  public Redeemed reverse(String code, String idempotencyKey) {
    CreditAccount account = find(normalized(code), true);
    CreditRedemption redemption =
        redemption(requireKey(idempotencyKey))
            .filter(r -> r.getAccountId().equals(account.getId()))
            .orElseThrow(() -> new NotFoundException("redemption"));
    Instant now = now();
    if (redemption.reverse(now)) {
      em.persist(
          account.post(
              EntryKind.REVERSE, redemption.getAmount(), redemption.getIdempotencyKey(), now));
    }
    return new Redeemed(
        redemption.getIdempotencyKey(),
        redemption.getAmount(),
        account.getBalance(),
        redemption.getRedeemedAt(),
        redemption.getReversedAt(),
        false);
  }

  /**
   * For the shopper's status page: the credit issued for the return the returns boundary gave them
   * (a return is only given to someone allowed to see it), with the whole code.
   */
  @AnyCaller
  public List<CreditView> forReturn(ReturnCase returnCase) {
    return em.createNamedQuery(CreditIssue.OF_RETURN, CreditIssue.class)
        .setParameter("returnId", returnCase.getId())
        .getResultStream()
        .map(issue -> view(em.find(CreditAccount.class, issue.getAccountId()), issue, true))
        .toList();
  }

  /**
   * The gift card of a return the returns boundary gave the shopper, as a PDF in the store's
   * colours and with its logo; not found when the return has no gift card with these last four.
   */
  @AnyCaller
  public byte[] giftCardPdf(ReturnCase returnCase, String last4) {
    CreditView card =
        forReturn(returnCase).stream()
            .filter(c -> c.kind() == CreditKind.GIFT_CARD && c.last4().equalsIgnoreCase(last4))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("gift card"));
    String slug = currentTenant.get().orElseThrow().slug();
    Tenant store = tenants.require(slug);
    byte[] logo = tenants.logo(slug).map(l -> l.getContent()).orElse(null);
    return GiftCardPdf.render(card, store.branding(), logo, returnCase.getLanguage());
  }

  /**
   * The signed-in member's credit in this store: accounts linked to their membership or issued to
   * their verified address. Nobody else's, and nothing for a person who is not a member.
   */
  @AnyCaller
  public List<CreditView> mine() {
    Standing standing = members.standing();
    if (standing.state() != Standing.State.MEMBER || standing.member().isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery(CreditAccount.OF_SHOPPER, CreditAccount.class)
        .setParameter("email", standing.member().get().email())
        .setParameter("memberId", standing.member().get().id())
        .getResultStream()
        .map(account -> view(account, null, true))
        .toList();
  }

  /**
   * Ends the credit of every account whose expiry has come, with an entry that takes the rest of
   * its balance off: the store's job, run once a day; the row locks make each expiry happen once.
   */
  @StoreRoles(StaffRole.MERCHANT_ADMIN)
  public int expireDue(Instant now) {
    List<CreditAccount> due =
        em.createNamedQuery(CreditAccount.EXPIRING, CreditAccount.class)
            .setParameter("now", now)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .setMaxResults(EXPIRY_BATCH)
            .getResultList();
    for (CreditAccount account : due) {
      Money rest = account.getBalance();
      em.persist(
          account.post(
              EntryKind.EXPIRE, new Money(rest.amount().negate(), rest.currency()), null, now));
    }
    return due.size();
  }

  /**
   * Store credit a member bought with loyalty points, for the loyalty boundary inside its own
   * transaction (no page or API offers it): added to the member's store credit once per {@code
   * reference}, the redemption's own key; asked again it adds nothing. Answers the account with its
   * whole code, for the member to be shown.
   */
  @StoreRoles(StaffRole.MERCHANT_ADMIN)
  public PointsCredit fromPoints(String reference, String email, long memberId, Money value) {
    CreditIssuing.PointsCredit issued =
        issuing.fromPoints(
            reference,
            EmailAddress.parse(email)
                .orElseThrow(() -> new IllegalArgumentException("not an address: " + email)),
            memberId,
            value);
    return pointsCredit(issued.account(), issued.replayed());
  }

  /** The store credit a redemption of points went to, as its member reads it (whole code). */
  @StoreRoles(StaffRole.MERCHANT_ADMIN)
  public PointsCredit pointsCredit(long accountId) {
    CreditAccount account = em.find(CreditAccount.class, accountId);
    if (account == null) {
      throw new NotFoundException("credit");
    }
    return pointsCredit(account, true);
  }

  private PointsCredit pointsCredit(CreditAccount account, boolean replayed) {
    String slug = currentTenant.get().orElseThrow().slug();
    return new PointsCredit(
        account.getId(),
        CreditCode.grouped(seal.open(account.getCodeSealed(), slug)),
        account.getCodeLast4(),
        account.getBalance(),
        replayed);
  }

  /**
   * Now, to the microsecond the database keeps: a replay answers the stored redemption, which must
   * read exactly as the first answer did.
   */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private CreditView view(CreditAccount account, CreditIssue issue, boolean withCode) {
    String slug = currentTenant.get().orElseThrow().slug();
    Instant now = now();
    return new CreditView(
        account.getKind(),
        withCode ? CreditCode.grouped(seal.open(account.getCodeSealed(), slug)) : null,
        account.getCodeLast4(),
        account.getBalance(),
        account.getExpiresAt(),
        account.isExpired(now),
        issue == null ? null : issue.getTotal());
  }

  private static String normalized(String code) {
    return CreditCode.normalize(code)
        .filter(CreditCode::checks)
        .orElseThrow(() -> new RejectedException("code", "credit.code.mistyped"));
  }

  private CreditAccount find(String normalized, boolean lock) {
    var query =
        em.createNamedQuery(CreditAccount.BY_CODE, CreditAccount.class)
            .setParameter("hash", CreditCode.hash(normalized));
    if (lock) {
      query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    return query.getResultStream().findFirst().orElseThrow(() -> new NotFoundException("credit"));
  }

  private Optional<CreditRedemption> redemption(String key) {
    return em.createNamedQuery(CreditRedemption.BY_KEY, CreditRedemption.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  private static String requireKey(String key) {
    if (key == null || key.isBlank() || key.strip().length() > CreditRedemption.KEY_MAX) {
      throw new RejectedException(
          "Idempotency-Key", "credit.idempotency.key", CreditRedemption.KEY_MAX);
    }
    return key.strip();
  }

  private static Redeemed redeemed(CreditRedemption redemption, boolean replayed) {
    return new Redeemed(
        redemption.getIdempotencyKey(),
        redemption.getAmount(),
        redemption.getBalanceAfter(),
        redemption.getRedeemedAt(),
        redemption.getReversedAt(),
        replayed);
  }
}
