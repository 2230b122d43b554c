package org.returnport.loyalty.redemption.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.returnport.credit.boundary.Credits;
import org.returnport.credit.boundary.PointsCredit;
import org.returnport.errors.RejectedException;
import org.returnport.events.DomainEvent;
import org.returnport.events.PointsRedeemed;
import org.returnport.events.PointsRedeemed.Reward;
import org.returnport.loyalty.ledger.control.Ledger;
import org.returnport.loyalty.ledger.entity.LedgerEntry;
import org.returnport.loyalty.ledger.entity.LoyaltyAccount;
import org.returnport.loyalty.ledger.entity.Posting;
import org.returnport.loyalty.program.control.ProgramInForce;
import org.returnport.loyalty.redemption.boundary.Redeemed;
import org.returnport.loyalty.redemption.entity.LoyaltyRedemption;
import org.returnport.members.entity.Member;
import org.returnport.money.Money;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenant.boundary.Tenants;

/**
 * Turns a member's points into store credit or a discount code, in the caller's transaction. The
 * member's account is locked first, so that two redemptions of one member are taken one after the
 * other and the second sees the balance the first left; the same idempotency key again answers the
 * first redemption and takes nothing. Points, the reward and the {@link PointsRedeemed} event are
 * written together or not at all.
 */
@Dependent
public class RedemptionDesk {

  @PersistenceContext EntityManager em;

  @Inject Ledger ledger;

  @Inject ProgramInForce program;

  @Inject Credits credit;

  @Inject Tenants tenants;

  @Inject CurrentTenant currentTenant;

  @Inject Event<DomainEvent> events;

  private final Clock clock = Clock.systemUTC();

  /** The idempotency key as stored, or a refusal when there is none or it is too long. */
  public static String requireKey(String key) {
    if (key == null || key.isBlank() || key.strip().length() > LoyaltyRedemption.KEY_MAX) {
      throw new RejectedException(
          "Idempotency-Key", "loyalty.redeem.idempotencyKey", LoyaltyRedemption.KEY_MAX);
    }
    return key.strip();
  }

  public Redeemed redeem(Member member, long points, Reward reward, String idempotencyKey) {
    String key = requireKey(idempotencyKey);
    if (reward == null) {
      throw new RejectedException("reward", "loyalty.redeem.reward");
    }
    LoyaltyAccount account = ledger.lockedAccount(member.getId());
    // Read again under the lock: a redemption that committed while this one waited must be seen.
    em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
    Optional<LoyaltyRedemption> earlier =
        em.createNamedQuery(LoyaltyRedemption.BY_KEY, LoyaltyRedemption.class)
            .setParameter("key", key)
            .setLockMode(LockModeType.PESSIMISTIC_READ)
            .getResultStream()
            .findFirst();
    if (earlier.isPresent()) {
      if (!earlier.get().answers(member.getId(), points, reward)) {
        throw new RejectedException("Idempotency-Key", "loyalty.redeem.idempotencyConflict");
      }
      return answer(earlier.get(), true);
    }
    ProgramInForce.Rules rules = program.now();
    String slug = currentTenant.get().orElseThrow().slug();
    String currency = tenants.require(slug).getDefaultCurrency();
    Money value =
        PointsExchange.redeem(rules.rules().redemption(), points, account.getBalance(), currency);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    String worth = value.decimalString() + " " + value.currency();

    LoyaltyRedemption redemption;
    if (reward == Reward.DISCOUNT_CODE) {
      String code = DiscountCodes.generate();
      LedgerEntry entry =
          post(
              account,
              Posting.redemption(
                  key,
                  points,
                  rules.versionNo(),
                  now,
                  "loyalty.entry.redeemedCode",
                  worth,
                  DiscountCodes.last4(code)));
      redemption =
          LoyaltyRedemption.discountCode(
              key,
              member.getId(),
              entry.getId(),
              points,
              value,
              rules.versionNo(),
              account.getBalance(),
              code,
              DiscountCodes.hash(code),
              now);
    } else {
      LedgerEntry entry =
          post(
              account,
              Posting.redemption(
                  key, points, rules.versionNo(), now, "loyalty.entry.redeemedCredit", worth));
      PointsCredit issued =
          credit.fromPoints("points/" + entry.getId(), member.getEmail(), member.getId(), value);
      redemption =
          LoyaltyRedemption.storeCredit(
              key,
              member.getId(),
              entry.getId(),
              points,
              value,
              rules.versionNo(),
              account.getBalance(),
              issued.accountId(),
              issued.last4(),
              now);
    }
    em.persist(redemption);
    em.flush();
    events.fire(
        new PointsRedeemed(
            currentTenant.get().orElseThrow(),
            UUID.nameUUIDFromBytes(("points-redeemed/" + key).getBytes(StandardCharsets.UTF_8)),
            now,
            member.getId(),
            points,
            reward,
            value,
            redemption.getCodeLast4(),
            account.getBalance()));
    return answer(redemption, false);
  }

  /** A redemption as its member reads it: with the whole code. */
  public Redeemed answer(LoyaltyRedemption redemption, boolean replayed) {
    String code;
    Money creditBalance = null;
    if (redemption.getReward() == Reward.DISCOUNT_CODE) {
      code = redemption.getCode();
    } else {
      PointsCredit account = credit.pointsCredit(redemption.getCreditAccountId());
      code = account.code();
      creditBalance = account.balance();
    }
    return new Redeemed(
        redemption.getIdempotencyKey(),
        redemption.getMemberId(),
        redemption.getPoints(),
        redemption.getReward(),
        redemption.getValue(),
        code,
        redemption.getCodeLast4(),
        redemption.getBalanceAfter(),
        creditBalance,
        redemption.getCreatedAt(),
        replayed);
  }

  /**
   * Posts the points taken. The key was looked for under the member's lock; another member's
   * redemption under the same key at the same moment is stopped by the unique key, and told as the
   * conflict it is.
   */
  private LedgerEntry post(LoyaltyAccount account, Posting posting) {
    try {
      return ledger
          .post(account, posting)
          .orElseThrow(
              () -> new RejectedException("Idempotency-Key", "loyalty.redeem.idempotencyConflict"));
    } catch (PersistenceException e) {
      throw new RejectedException("Idempotency-Key", "loyalty.redeem.idempotencyConflict");
    }
  }
}
