package org.returnport.catalog.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.returnport.errors.RejectedException;

class StockLevelTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          # case                                   | on hand | reserved | available | can reserve 2
          plenty on the shelf                      | 10      | 3        | 7         | true
          exactly two left                         | 5       | 3        | 2         | true
          one left                                 | 4       | 3        | 1         | false
          all reserved                             | 3       | 3        | 0         | false
          a recount found fewer than are reserved  | 1       | 3        | 0         | false
          nothing counted                          | 0       | 0        | 0         | false
          not tracked never runs out               | -       | 7        | -         | true
          """)
  void availableIsOnHandLessReservedNeverNegative(
      String why, Integer onHand, int reserved, Integer available, boolean canReserveTwo) {
    StockLevel cut = new StockLevel(onHand, reserved);

    assertThat(cut.available()).isEqualTo(available);
    assertThat(cut.canReserve(2)).isEqualTo(canReserveTwo);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          # case                                  | on hand | reserved | change  | qty | on hand after | reserved after
          reserving sets units aside              | 10      | 0        | reserve | 3   | 10            | 3
          releasing gives them back               | 10      | 3        | release | 3   | 10            | 0
          releasing more than held stops at zero  | 10      | 1        | release | 3   | 10            | 0
          shipping takes them off the shelf       | 10      | 3        | ship    | 3   | 7             | 0
          shipping an untracked SKU               | -       | 2        | ship    | 2   | -             | 0
          shipping after a low recount stops at 0 | 1       | 3        | ship    | 3   | 0             | 0
          a recount keeps the reservations        | 10      | 3        | count   | 2   | 2             | 3
          """)
  void changes(
      String why,
      Integer onHand,
      int reserved,
      String change,
      int quantity,
      Integer onHandAfter,
      int reservedAfter) {
    StockLevel cut = new StockLevel(onHand, reserved);

    StockLevel after =
        switch (change) {
          case "reserve" -> cut.reserve(quantity);
          case "release" -> cut.release(quantity);
          case "ship" -> cut.ship(quantity);
          default -> cut.counted(quantity);
        };

    assertThat(after).isEqualTo(new StockLevel(onHandAfter, reservedAfter));
    assertThat(after.available() == null || after.available() >= 0).isTrue();
  }

  @Test
  void reservingMoreThanIsAvailableIsRefused() {
    StockLevel cut = new StockLevel(4, 3);

    assertThatThrownBy(() -> cut.reserve(2))
        .isInstanceOf(RejectedException.class)
        .extracting(e -> ((RejectedException) e).messageKey())
        .isEqualTo("returnport.stock.notAvailable");
  }

  @ParameterizedTest
  @CsvSource({"-1", "10000001"})
  void countsOutOfRangeAreRefused(int onHand) {
    assertThatThrownBy(() -> new StockLevel(onHand, 0))
        .isInstanceOf(RejectedException.class)
        .extracting(e -> ((RejectedException) e).messageKey())
        .isEqualTo("returnport.stock.range");
  }
}
