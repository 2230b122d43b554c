package org.returnport.loyalty.redemption.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.returnport.money.Money;

class ShopifyDiscountCsvTest {

  @Test
  void eachCodeIsOneNewFixedAmountDiscountForOneOrder() {
    String csv =
        ShopifyDiscountCsv.csv(
            List.of(
                new ShopifyDiscountCsv.Row(
                    "PTS-7KQ2-M9XA-PL3D-W8RT",
                    Money.of("5", "EUR"),
                    Instant.parse("2026-12-02T03:04:05.123Z")),
                new ShopifyDiscountCsv.Row(
                    "PTS-2222-3333-4444-5555", Money.of("1200", "JPY"), Instant.EPOCH)));

    assertThat(csv.split("\r\n"))
        .containsExactly(
            "Title,Command,Code,Type,Value,Usage Limit,Starts At",
            "Points reward 5.00 EUR,NEW,PTS-7KQ2-M9XA-PL3D-W8RT,Fixed Amount,-5.00,1,"
                + "2026-12-02 03:04:05",
            "Points reward 1200 JPY,NEW,PTS-2222-3333-4444-5555,Fixed Amount,-1200,1,"
                + "1970-01-01 00:00:00");
  }

  @Test
  void noCodesIsTheHeaderAlone() {
    assertThat(ShopifyDiscountCsv.csv(List.of())).isEqualTo(ShopifyDiscountCsv.HEADER);
  }

  @Test
  void cellsAreQuotedAndNeverFormulas() {
    assertThat(ShopifyDiscountCsv.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(ShopifyDiscountCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(ShopifyDiscountCsv.cell("=1+1")).isEqualTo("'=1+1");
    assertThat(ShopifyDiscountCsv.cell("PTS-AB")).isEqualTo("PTS-AB");
  }

  @Test
  void generatedCodesAreDistinctAndOfTheAlphabet() {
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String code = DiscountCodes.generate();
      assertThat(code).matches("PTS(-[2-9A-HJ-NP-Z]{4}){4}");
      codes.add(code);
    }
    assertThat(codes).hasSize(10_000);
    assertThat(DiscountCodes.last4("PTS-7KQ2-M9XA-PL3D-W8RT")).isEqualTo("W8RT");
  }
}
