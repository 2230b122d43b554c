package org.returnport.settlement.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.returnport.money.Money;
import org.returnport.settlement.entity.CustomsReclaim;

class ReclaimCsvTest {

  @Test
  void oneRowPerLineWithTheDeclarationOnEach() {
    CustomsReclaim c =
        new CustomsReclaim(
            1,
            "RABC",
            "1001",
            "DE",
            "GB",
            "24DE123",
            Instant.parse("2026-10-02T08:00:00Z"),
            Instant.parse("2026-11-20T16:00:00Z"),
            Money.of("30.00", "EUR"),
            Money.of("15.00", "EUR"),
            Money.of("15.00", "EUR"),
            Instant.parse("2026-11-25T16:00:00Z"));
    c.addLine(1, "TEE-M", "Tee, \"M\"", "610910", "PT", 2, Money.of("50.00", "EUR"));
    c.addLine(2, "CAP", "=cmd", null, null, 1, Money.of("10", "EUR"));
    String csv = ReclaimCsv.csv(List.of(c));
    assertThat(csv.split("\r\n"))
        .containsExactly(
            ReclaimCsv.HEADER.strip(),
            "RABC,1001,DE,GB,24DE123,2026-10-02,2026-11-20,1,TEE-M,\"Tee, \"\"M\"\"\",610910,PT,2,50.00,EUR,30.00,15.00,15.00,NOT_STARTED",
            "RABC,1001,DE,GB,24DE123,2026-10-02,2026-11-20,2,CAP,'=cmd,,,1,10.00,EUR,30.00,15.00,15.00,NOT_STARTED");
  }

  @Test
  void dutiesAreReclaimableInTheEuAndTheUkButNotEverywhere() {
    assertThat(DutyCountries.reclaimable("de")).isTrue();
    assertThat(DutyCountries.reclaimable("GB")).isTrue();
    assertThat(DutyCountries.reclaimable("BR")).isFalse();
    assertThat(DutyCountries.reclaimable(null)).isFalse();
  }
}
