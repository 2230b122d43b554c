package org.returnport.settlement.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.returnport.errors.RejectedException;
import org.returnport.events.PayoutMethod;
import org.returnport.events.PayoutOutcome;
import org.returnport.money.Money;

class SettlementTest {

  private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
  private static final Money ZERO = Money.zero("EUR");

  private static Settlement written() {
    Settlement s = new Settlement(7, "R7", "EUR", NOW);
    s.write(
        SettledBy.INSPECTION,
        Money.of("100", "EUR"),
        Money.of("20", "EUR"),
        List.of(new Settlement.Deduction(1, "C", 2, new BigDecimal("20"), Money.of("20", "EUR"))),
        ZERO);
    return s;
  }

  @Test
  void settledOnlyWhenEveryPartEndedAndADeclineIsReplaced() {
    Settlement s = written();
    s.add("R7-R1", PayoutMethod.REFUND, Money.of("80", "EUR"), ZERO, NOW);
    assertThat(s.allEnded()).isFalse();
    s.ended("R7-R1", PayoutOutcome.DECLINED, ZERO, null, NOW);
    assertThat(s.allEnded()).isFalse();
    assertThat(s.declined()).hasSize(1);
    s.replace(s.part("R7-R1").orElseThrow());
    assertThat(s.nextKey(PayoutMethod.STORE_CREDIT)).isEqualTo("R7-C1");
    assertThat(s.nextKey(PayoutMethod.REFUND)).isEqualTo("R7-R2");
    s.add("R7-C1", PayoutMethod.STORE_CREDIT, Money.of("80", "EUR"), ZERO, NOW);
    s.ended("R7-C1", PayoutOutcome.PAID, Money.of("88", "EUR"), "credit", NOW);
    assertThat(s.allEnded()).isTrue();
    assertThat(s.paidBy(PayoutMethod.STORE_CREDIT)).containsExactly(Money.of("88", "EUR"));
    assertThat(s.paidBy(PayoutMethod.REFUND)).isEmpty();
    assertThat(s.largestMethod()).contains(PayoutMethod.STORE_CREDIT);
  }

  @Test
  void aRepeatedReportChangesNothing() {
    Settlement s = written();
    s.add("R7-R1", PayoutMethod.REFUND, Money.of("80", "EUR"), ZERO, NOW);
    assertThat(s.ended("R7-R1", PayoutOutcome.PAID, Money.of("80", "EUR"), "re_1", NOW)).isTrue();
    assertThat(s.ended("R7-R1", PayoutOutcome.DECLINED, ZERO, null, NOW)).isFalse();
    assertThat(s.part("R7-R1").orElseThrow().getState()).isEqualTo(PartState.PAID);
  }

  @Test
  void writtenOnceAndDeductionsReadBack() {
    Settlement s = written();
    assertThat(s.getDeductions())
        .containsExactly(
            new Settlement.Deduction(1, "C", 2, new BigDecimal("20"), Money.of("20", "EUR")));
    assertThatThrownBy(() -> s.write(SettledBy.AGENT, ZERO, ZERO, List.of(), ZERO))
        .isInstanceOf(RejectedException.class);
  }

  @Test
  void aKeyIsTakenOnce() {
    Settlement s = written();
    s.add("R7-R1", PayoutMethod.REFUND, Money.of("80", "EUR"), ZERO, NOW);
    assertThatThrownBy(() -> s.add("R7-R1", PayoutMethod.REFUND, Money.of("80", "EUR"), ZERO, NOW))
        .isInstanceOf(IllegalStateException.class);
  }
}
