package org.returnport.exchanges.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.returnport.exchanges.control.RecordingGateway.eur;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.returnport.exchanges.entity.ExchangeHold;
import org.returnport.exchanges.entity.ExchangeHold.State;
import org.returnport.payments.control.GatewayException;
import org.returnport.returns.entity.ReturnStatus;

class HoldLifeTest {

  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  private RecordingGateway gateway;
  private ExchangeHold cut;

  @BeforeEach
  void placeHold() throws GatewayException {
    gateway = new RecordingGateway();
    cut = HoldLife.place(7L, "R-ABC123", "pi_42", eur("59.90"), gateway, NOW);
  }

  @Test
  void isPlacedForTheReplacementsValueWithTheReturnsKey() {
    assertThat(gateway.calls).containsExactly("authorize R-ABC123-XH 59.90");
    assertThat(cut.getState()).isEqualTo(State.PLACED);
    assertThat(cut.getHoldId()).isEqualTo("hold_1");
    assertThat(cut.getAmount()).isEqualTo(eur("59.90"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # case                                         | status      | shipped | ends as
          still on its way: the hold stays              | APPROVED    | true    | -
          in transit: the hold stays                    | IN_TRANSIT  | true    | -
          at the hub, not graded yet: the hold stays    | RECEIVED    | true    | -
          inspected: released                           | INSPECTED   | true    | RELEASED
          exchanged: released                           | EXCHANGED   | true    | RELEASED
          expired with the replacement sent: captured   | EXPIRED     | true    | CAPTURED
          cancelled after the replacement: captured     | CANCELLED   | true    | CAPTURED
          cancelled before anything shipped: released   | CANCELLED   | false   | RELEASED
          expired before anything shipped: released     | EXPIRED     | false   | RELEASED
          lost by the carrier: waits for settlement     | LOST        | true    | -
          """)
  void endsAsWhereTheReturnStandsSays(
      String why, ReturnStatus status, boolean shipped, String endsAs) {
    assertThat(HoldLife.due(status, shipped).map(State::name).orElse("-")).isEqualTo(endsAs);
  }

  @Test
  void isReleasedOnceWhateverHappensNext() throws GatewayException {
    assertThat(HoldLife.end(cut, State.RELEASED, gateway, NOW)).isTrue();
    assertThat(HoldLife.end(cut, State.RELEASED, gateway, NOW)).isFalse();
    assertThat(HoldLife.end(cut, State.CAPTURED, gateway, NOW)).isFalse();

    assertThat(gateway.calls)
        .containsExactly("authorize R-ABC123-XH 59.90", "release hold_1 R-ABC123-XH-R");
    assertThat(cut.getState()).isEqualTo(State.RELEASED);
  }

  @Test
  void isCapturedOnceAndThenNeverReleased() throws GatewayException {
    assertThat(HoldLife.end(cut, State.CAPTURED, gateway, NOW)).isTrue();
    assertThat(HoldLife.end(cut, State.RELEASED, gateway, NOW)).isFalse();

    assertThat(gateway.calls).endsWith("capture hold_1 R-ABC123-XH-C");
    assertThat(gateway.calls).noneMatch(call -> call.startsWith("release"));
    assertThat(cut.getState()).isEqualTo(State.CAPTURED);
  }

  @Test
  void aTimeOutLeavesItPlacedAndTheRetryUsesTheSameKey() throws GatewayException {
    gateway.failNext(GatewayException.Kind.OUTCOME_UNKNOWN);

    assertThatThrownBy(() -> HoldLife.end(cut, State.RELEASED, gateway, NOW))
        .isInstanceOf(GatewayException.class);
    assertThat(cut.getState()).isEqualTo(State.PLACED);

    assertThat(HoldLife.end(cut, State.RELEASED, gateway, NOW)).isTrue();
    assertThat(gateway.calls).endsWith("release hold_1 R-ABC123-XH-R");
  }

  @Test
  void aHoldNeverEndsAsPlaced() {
    assertThatThrownBy(() -> cut.end(State.PLACED, NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
