package org.returnport.exchanges.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.returnport.exchanges.control.PriceDifferenceRule.Swap;
import org.returnport.money.Money;

class PriceDifferenceRuleTest {

  /**
   * Each swap is written {@code qty x paid -> unit price currency}; swaps are separated by {@code
   * ;}.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # case                                       | swaps                                        | replacements | difference
          same price: nothing to settle                | 1 x 49.00 -> 49.00 EUR                        | 49.00        | 0.00
          a dearer variant: the shopper pays the rest  | 1 x 49.00 -> 59.90 EUR                        | 59.90        | 10.90
          a cheaper variant: the shopper gets the rest | 1 x 49.00 -> 39.00 EUR                        | 39.00        | -10.00
          two units count twice                        | 2 x 98.00 -> 59.00 EUR                        | 118.00       | 20.00
          the paid price counts, not today's list      | 1 x 40.00 -> 49.00 EUR                        | 49.00        | 9.00
          lines balance each other out                 | 1 x 49.00 -> 59.00 EUR; 1 x 30.00 -> 20.00 EUR | 79.00        | 0.00
          another currency: no difference is asked     | 1 x 49.00 -> 70.00 USD                        | 49.00        | 0.00
          """)
  void settlesWhatTheReplacementCostsMoreOrLess(
      String why, String swaps, String replacements, String difference) {
    List<Swap> parsed = new ArrayList<>();
    for (String swap : swaps.split(";")) {
      String[] parts = swap.strip().split(" ");
      parsed.add(
          new Swap(
              "SKU-" + parsed.size(),
              Integer.parseInt(parts[0]),
              Money.of(parts[2], "EUR"),
              Money.of(parts[4], parts[5])));
    }

    assertThat(PriceDifferenceRule.replacementValue("EUR", parsed))
        .isEqualTo(Money.of(replacements, "EUR"));
    assertThat(PriceDifferenceRule.difference("EUR", parsed))
        .isEqualTo(Money.of(difference, "EUR"));
  }
}
