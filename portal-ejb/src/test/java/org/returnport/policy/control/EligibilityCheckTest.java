package org.returnport.policy.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.returnport.policy.control.PolicyFixtures.NOW;
import static org.returnport.policy.control.PolicyFixtures.eur;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.returnport.policy.entity.PolicyRules;
import org.returnport.policy.entity.PolicyRules.ItemRule;
import org.returnport.policy.entity.PolicyRules.Treatment;
import org.returnport.policy.entity.PolicyRulesBuilder;

class EligibilityCheckTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          # case                                      | sku     | category    | final sale | ordered | returned | days since delivery | eligible | why
          inside the store's 30 days                  | TEE-M   | apparel     | false      | 1       | 0        | 30                  | true     | -
          one day too late                            | TEE-M   | apparel     | false      | 1       | 0        | 31                  | false    | returnport.eligibility.windowClosed
          the catalog marks it final sale             | TEE-M   | apparel     | true       | 1       | 0        | 1                   | false    | returnport.eligibility.finalSale
          its category is final sale                  | SCARF   | accessories | false      | 1       | 0        | 1                   | false    | returnport.eligibility.finalSale
          its category is never returnable            | SOCKS   | hygiene     | false      | 1       | 0        | 1                   | false    | returnport.eligibility.nonReturnable
          outerwear has 60 days                       | JACKET  | outerwear   | false      | 1       | 0        | 59                  | true     | -
          a rule for the SKU beats its category's     | SALE-JK | outerwear   | false      | 1       | 0        | 8                   | false    | returnport.eligibility.windowClosed
          everything already in other returns         | TEE-M   | apparel     | false      | 2       | 2        | 1                   | false    | returnport.eligibility.alreadyReturned
          not shipped yet                             | TEE-M   | apparel     | false      | 1       | 0        | -1                  | false    | returnport.eligibility.notShipped
          """)
  void decidesWhetherALineCanGoBack(
      String why,
      String sku,
      String category,
      boolean finalSale,
      int ordered,
      int returned,
      int days,
      boolean eligible,
      String reason) {
    Instant arrived = days < 0 ? null : NOW.minus(Duration.ofDays(days));
    LineFacts line =
        new LineFacts(1, sku, category, finalSale, eur("10.00"), ordered, returned, arrived);

    Eligibility verdict = EligibilityCheck.of(rules(), line, NOW);

    assertThat(verdict.eligible()).isEqualTo(eligible);
    assertThat(verdict.why()).isEqualTo(reason);
    if (eligible) {
      assertThat(verdict.windowEnds()).isAfterOrEqualTo(NOW);
    }
  }

  /** An incident gives shoppers more days: longer windows, but what never goes back stays so. */
  @ParameterizedTest(name = "{0} {1} days after delivery, 5 more days: {2}")
  @CsvSource({
    "TEE-M,   apparel,     35, true",
    "TEE-M,   apparel,     36, false",
    "JACKET,  outerwear,   65, true",
    "SALE-JK, outerwear,   12, true",
    "SALE-JK, outerwear,   13, false",
    "SCARF,   accessories, 1,  false",
    "SOCKS,   hygiene,     1,  false",
  })
  void longerWindowsKeepEveryOtherRule(String sku, String category, int days, boolean eligible) {
    LineFacts line =
        new LineFacts(
            1, sku, category, false, eur("10.00"), 1, 0, NOW.minus(Duration.ofDays(days)));

    assertThat(EligibilityCheck.of(rules().withLongerWindows(5), line, NOW).eligible())
        .isEqualTo(eligible);
  }

  private static PolicyRules rules() {
    return PolicyRulesBuilder.copy(PolicyFixtures.standard())
        .itemRules(
            List.of(
                new ItemRule(true, "accessories", Treatment.FINAL_SALE, null),
                new ItemRule(true, "hygiene", Treatment.NON_RETURNABLE, null),
                new ItemRule(true, "outerwear", Treatment.WINDOW, 60),
                new ItemRule(false, "SALE-JK", Treatment.WINDOW, 7)))
        .build();
  }
}
