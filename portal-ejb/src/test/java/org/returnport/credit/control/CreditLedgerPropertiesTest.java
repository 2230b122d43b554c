package org.returnport.credit.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.returnport.credit.entity.CreditAccount;
import org.returnport.credit.entity.CreditEntry;
import org.returnport.credit.entity.CreditKind;
import org.returnport.credit.entity.CreditRedemption;
import org.returnport.credit.entity.EntryKind;
import org.returnport.errors.RejectedException;
import org.returnport.money.Money;
import org.returnport.values.EmailAddress;

class CreditLedgerPropertiesTest {

  private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
  private static final String CODE = CreditCode.normalize(CreditCode.generate()).orElseThrow();

  record Step(EntryKind kind, BigDecimal amount) {}

  record Redemption(String key, BigDecimal amount) {}

  @Provide
  Arbitrary<Step> steps() {
    return Combinators.combine(
            Arbitraries.of(EntryKind.values()),
            Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("500")).ofScale(2))
        .as(Step::new);
  }

  @Provide
  Arbitrary<Redemption> redemptions() {
    return Combinators.combine(
            Arbitraries.of("a", "b", "c", "d", "e"),
            Arbitraries.bigDecimals()
                .between(new BigDecimal("0.01"), new BigDecimal("40"))
                .ofScale(2))
        .as(Redemption::new);
  }

  @Provide
  Arbitrary<List<Step>> ledgers() {
    return steps().list().ofMaxSize(60);
  }

  @Provide
  Arbitrary<List<Redemption>> retries() {
    return redemptions().list().ofMaxSize(40);
  }

  /**
   * Whatever is posted, in whatever order: each entry is refused or appended, the balance is the
   * sum of the appended entries, and it never goes below zero.
   */
  @Property
  void theBalanceIsTheSumOfTheEntriesAndNeverNegative(@ForAll("ledgers") List<Step> steps) {
    CreditAccount account = account();
    List<CreditEntry> ledger = new ArrayList<>();
    for (Step step : steps) {
      BigDecimal signed =
          switch (step.kind()) {
            case ISSUE, BONUS, REVERSE, LOYALTY -> step.amount();
            case REDEEM, EXPIRE -> step.amount().negate();
          };
      Money before = account.getBalance();
      try {
        ledger.add(account.post(step.kind(), new Money(signed, "EUR"), null, NOW));
      } catch (RejectedException refused) {
        assertThat(refused.messageKey()).isEqualTo("credit.overdrawn");
        assertThat(account.getBalance()).as("a refused entry changes nothing").isEqualTo(before);
      }
      BigDecimal sum =
          ledger.stream().map(CreditEntry::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(account.getBalance().amount()).isEqualByComparingTo(sum);
      assertThat(account.getBalance().isNegative()).isFalse();
      if (!ledger.isEmpty()) {
        assertThat(ledger.get(ledger.size() - 1).getBalanceAfter())
            .isEqualByComparingTo(account.getBalance().amount());
      }
    }
  }

  /**
   * The shop system sends redemptions under a few keys, some again (a retry after a time-out): each
   * key takes its amount once, however often it comes, and a repeat answers as the first time.
   */
  @Property
  void aRedemptionAppliedTwiceCountsOnce(@ForAll("retries") List<Redemption> requests) {
    CreditAccount account = account();
    account.post(EntryKind.ISSUE, Money.of("100.00", "EUR"), "R1", NOW);
    Map<String, CreditRedemption> done = new HashMap<>();
    Map<String, BigDecimal> firstAmount = new HashMap<>();
    BigDecimal taken = BigDecimal.ZERO;
    for (Redemption request : requests) {
      Money amount = new Money(request.amount(), "EUR");
      Optional<CreditRedemption> earlier = Optional.ofNullable(done.get(request.key()));
      Money before = account.getBalance();
      try {
        RedemptionRule.Outcome outcome =
            RedemptionRule.redeem(account, earlier, request.key(), CODE, amount, NOW);
        if (outcome.replayed()) {
          assertThat(outcome.redemption()).isSameAs(earlier.get());
          assertThat(account.getBalance()).as("a replay takes nothing").isEqualTo(before);
        } else {
          done.put(request.key(), outcome.redemption());
          firstAmount.put(request.key(), request.amount());
          taken = taken.add(request.amount());
        }
      } catch (RejectedException refused) {
        assertThat(refused.messageKey()).isIn("credit.overdrawn", "credit.idempotency.conflict");
        if (refused.messageKey().equals("credit.idempotency.conflict")) {
          assertThat(request.amount()).isNotEqualByComparingTo(firstAmount.get(request.key()));
        }
        assertThat(account.getBalance()).isEqualTo(before);
      }
    }
    assertThat(account.getBalance().amount())
        .isEqualByComparingTo(new BigDecimal("100.00").subtract(taken));
    assertThat(
            done.values().stream()
                .map(r -> r.getAmount().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(taken);
  }

  @Property
  void nothingIsTakenInAnotherCurrencyOrFromAnExpiredCard(
      @ForAll("redemptions") Redemption request) {
    CreditAccount account = account();
    account.post(EntryKind.ISSUE, Money.of("50.00", "EUR"), "R1", NOW);

    assertThatThrownBy(
            () ->
                RedemptionRule.redeem(
                    account,
                    Optional.empty(),
                    request.key(),
                    CODE,
                    new Money(request.amount(), "USD"),
                    NOW))
        .isInstanceOfSatisfying(
            RejectedException.class, e -> assertThat(e.messageKey()).isEqualTo("credit.currency"));

    account.extendTo(Optional.of(NOW));
    assertThatThrownBy(
            () ->
                RedemptionRule.redeem(
                    account,
                    Optional.empty(),
                    request.key(),
                    CODE,
                    new Money(request.amount(), "EUR"),
                    NOW))
        .isInstanceOfSatisfying(
            RejectedException.class, e -> assertThat(e.messageKey()).isEqualTo("credit.expired"));
    assertThat(account.getBalance()).isEqualTo(Money.of("50.00", "EUR"));
  }

  private static CreditAccount account() {
    return new CreditAccount(
        CreditKind.GIFT_CARD,
        EmailAddress.parse("shopper@example.com").orElseThrow(),
        null,
        "EUR",
        CreditCode.hash(CODE),
        CreditCode.last4(CODE),
        "sealed",
        NOW);
  }
}
