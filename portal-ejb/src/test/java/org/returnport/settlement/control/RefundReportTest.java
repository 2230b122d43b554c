package org.returnport.settlement.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.returnport.events.PayoutMethod;
import org.returnport.events.PayoutOutcome;
import org.returnport.money.Money;
import org.returnport.settlement.entity.SettledBy;
import org.returnport.settlement.entity.Settlement;

class RefundReportTest {

  private static Settlement settled(
      long id, String rma, String day, String currency, Object... parts) {
    Instant at = Instant.parse(day + "T10:00:00Z");
    Settlement s = new Settlement(id, rma, currency, at);
    Money zero = Money.zero(currency);
    s.write(SettledBy.INSPECTION, zero, zero, List.of(), zero);
    for (int i = 0; i < parts.length; i += 3) {
      PayoutMethod method = (PayoutMethod) parts[i];
      Money amount = Money.of((String) parts[i + 1], currency);
      String key = rma + "-" + i;
      s.add(key, method, amount, zero, at);
      s.ended(key, (PayoutOutcome) parts[i + 2], amount, null, at);
    }
    s.settled(at);
    return s;
  }

  @Test
  void addsUpByDayMethodAndCurrencyExactly() {
    List<Settlement> settled =
        List.of(
            settled(
                1, "RMA1", "2026-11-30", "EUR", PayoutMethod.REFUND, "10.10", PayoutOutcome.PAID),
            settled(
                2,
                "RMA2",
                "2026-11-30",
                "EUR",
                PayoutMethod.REFUND,
                "20.20",
                PayoutOutcome.PAID,
                PayoutMethod.STORE_CREDIT,
                "5.00",
                PayoutOutcome.PAID),
            settled(
                3, "RMA3", "2026-11-30", "USD", PayoutMethod.REFUND, "7.00", PayoutOutcome.PAID),
            settled(
                4,
                "RMA4",
                "2026-12-01",
                "EUR",
                PayoutMethod.REFUND,
                "99.99",
                PayoutOutcome.CANCELLED,
                PayoutMethod.STORE_CREDIT,
                "99.99",
                PayoutOutcome.PAID));
    List<RefundReport.Row> rows = RefundReport.of(settled);
    assertThat(rows)
        .containsExactly(
            new RefundReport.Row(
                LocalDate.parse("2026-11-30"),
                PayoutMethod.REFUND,
                "EUR",
                2,
                Money.of("30.30", "EUR")),
            new RefundReport.Row(
                LocalDate.parse("2026-11-30"),
                PayoutMethod.STORE_CREDIT,
                "EUR",
                1,
                Money.of("5.00", "EUR")),
            new RefundReport.Row(
                LocalDate.parse("2026-11-30"),
                PayoutMethod.REFUND,
                "USD",
                1,
                Money.of("7.00", "USD")),
            new RefundReport.Row(
                LocalDate.parse("2026-12-01"),
                PayoutMethod.STORE_CREDIT,
                "EUR",
                1,
                Money.of("99.99", "EUR")));
    Map<String, Money> totals = RefundReport.totals(rows);
    BigDecimal paidEur =
        settled.stream()
            .flatMap(s -> s.paidBy(PayoutMethod.REFUND).stream())
            .filter(m -> m.currency().equals("EUR"))
            .map(Money::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add)
            .add(
                settled.stream()
                    .flatMap(s -> s.paidBy(PayoutMethod.STORE_CREDIT).stream())
                    .map(Money::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
    assertThat(totals.get("EUR").amount()).isEqualByComparingTo(paidEur);
    assertThat(totals.get("EUR")).isEqualTo(Money.of("135.29", "EUR"));
    assertThat(RefundReport.csv(rows))
        .startsWith("day,method,currency,returns,amount\r\n2026-11-30,REFUND,EUR,2,30.30\r\n");
  }
}
