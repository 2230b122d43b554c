package org.returnport.payments.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.returnport.money.Money;

/** The refund's life: requested → sent → confirmed, or failed, and nothing else, step by step. */
class RefundTest {

  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  static final Instant LATER = NOW.plus(Duration.ofMinutes(5));

  /** A step the worker or a gateway notice takes; answers what the step returned, if anything. */
  enum Step {
    SEND {
      @Override
      Object take(Refund cut) {
        return cut.sending("sandbox", LATER);
      }
    },
    NOT_SENT {
      @Override
      Object take(Refund cut) {
        cut.notSent("connection refused", LATER);
        return null;
      }
    },
    UNKNOWN {
      @Override
      Object take(Refund cut) {
        cut.outcomeUnknown("read timed out", LATER);
        return null;
      }
    },
    PENDING {
      @Override
      Object take(Refund cut) {
        cut.pending("re_1", LATER);
        return null;
      }
    },
    CONFIRM {
      @Override
      Object take(Refund cut) {
        return cut.confirmed("re_1", LATER);
      }
    },
    FAIL {
      @Override
      Object take(Refund cut) {
        return cut.failed("re_1", "expired_or_canceled_card", LATER);
      }
    };

    abstract Object take(Refund cut);
  }

  static Stream<Arguments> steps() {
    return Stream.of(
        // from, step, then, what the step answered (null: nothing / refused)
        Arguments.of(RefundState.REQUESTED, Step.SEND, RefundState.SENT, false),
        Arguments.of(RefundState.SENT, Step.SEND, RefundState.SENT, true),
        Arguments.of(RefundState.CONFIRMED, Step.SEND, null, null),
        Arguments.of(RefundState.FAILED, Step.SEND, null, null),
        Arguments.of(RefundState.SENT, Step.NOT_SENT, RefundState.REQUESTED, null),
        Arguments.of(RefundState.REQUESTED, Step.NOT_SENT, null, null),
        Arguments.of(RefundState.CONFIRMED, Step.NOT_SENT, null, null),
        Arguments.of(RefundState.SENT, Step.UNKNOWN, RefundState.SENT, null),
        Arguments.of(RefundState.REQUESTED, Step.UNKNOWN, null, null),
        Arguments.of(RefundState.FAILED, Step.UNKNOWN, null, null),
        Arguments.of(RefundState.SENT, Step.PENDING, RefundState.SENT, null),
        Arguments.of(RefundState.REQUESTED, Step.PENDING, null, null),
        Arguments.of(RefundState.CONFIRMED, Step.PENDING, null, null),
        Arguments.of(RefundState.SENT, Step.CONFIRM, RefundState.CONFIRMED, true),
        Arguments.of(RefundState.CONFIRMED, Step.CONFIRM, RefundState.CONFIRMED, false),
        Arguments.of(RefundState.REQUESTED, Step.CONFIRM, null, null),
        Arguments.of(RefundState.FAILED, Step.CONFIRM, null, null),
        Arguments.of(RefundState.SENT, Step.FAIL, RefundState.FAILED, true),
        Arguments.of(RefundState.REQUESTED, Step.FAIL, RefundState.FAILED, true),
        Arguments.of(RefundState.FAILED, Step.FAIL, RefundState.FAILED, false),
        Arguments.of(RefundState.CONFIRMED, Step.FAIL, null, null));
  }

  @ParameterizedTest(name = "{0} + {1} → {2}")
  @MethodSource("steps")
  void aStepIsTakenOnlyFromTheStatesThatAllowIt(
      RefundState from, Step step, RefundState then, Boolean answer) {
    Refund cut = in(from);
    if (then == null) {
      assertThatThrownBy(() -> step.take(cut)).isInstanceOf(IllegalStateException.class);
      assertThat(cut.getState()).as("a refused step changes nothing").isEqualTo(from);
      return;
    }
    Object answered = step.take(cut);
    assertThat(cut.getState()).isEqualTo(then);
    if (answer != null) {
      assertThat(answered).isEqualTo(answer);
    }
    assertThat(cut.getDueAt() == null).as("due again unless it ended").isEqualTo(then.ended());
  }

  @Test
  void aRefundSentOnceIsAskedAboutBeforeEverySendThatFollows() {
    Refund cut = in(RefundState.REQUESTED);

    assertThat(cut.sending("sandbox", NOW)).as("first send: nothing to ask").isFalse();
    cut.outcomeUnknown("read timed out", LATER);
    assertThat(cut.sending("sandbox", LATER)).as("after a lost answer: ask first").isTrue();
    assertThat(cut.getSentAt()).isEqualTo(NOW);
    assertThat(cut.getGateway()).isEqualTo("sandbox");
  }

  @Test
  void theGatewayOfTheFirstSendStaysTheRefundsGateway() {
    Refund cut = in(RefundState.REQUESTED);
    cut.sending("sandbox", NOW);
    cut.notSent("connection refused", LATER);

    cut.sending("stripe", LATER);

    assertThat(cut.getGateway()).isEqualTo("sandbox");
    assertThat(cut.getAttempts()).isEqualTo(2);
  }

  @Test
  void onlyTheClaimThatHoldsARefundMayRecordItsOutcome() {
    Refund cut = in(RefundState.SENT);
    cut.outcomeUnknown("read timed out", LATER);

    assertThat(cut.heldUntil(LATER)).isTrue();
    assertThat(cut.heldUntil(NOW)).as("a lease that was taken over").isFalse();
    cut.confirmed("re_1", LATER);
    assertThat(cut.heldUntil(LATER)).as("an ended refund is held by nobody").isFalse();
  }

  @Test
  void aDeclinedRefundNoLongerCountsAgainstThePayment() {
    Refund declined = in(RefundState.FAILED);
    Refund pending = in(RefundState.SENT);

    assertThat(declined.counts()).isFalse();
    assertThat(pending.counts()).isTrue();
    assertThat(declined.getFailureCode()).isEqualTo("expired_or_canceled_card");
  }

  @Test
  void aRefundIsOfAPositiveAmount() {
    assertThatThrownBy(() -> refund(Money.of("0", "EUR")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> refund(Money.of("-1", "EUR")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static Refund in(RefundState state) {
    Refund refund = refund(Money.of("43.05", "EUR"));
    switch (state) {
      case REQUESTED -> {}
      case SENT -> refund.sending("sandbox", NOW);
      case CONFIRMED -> {
        refund.sending("sandbox", NOW);
        refund.confirmed("re_1", NOW);
      }
      case FAILED -> {
        refund.sending("sandbox", NOW);
        refund.failed("re_1", "expired_or_canceled_card", NOW);
      }
    }
    return refund;
  }

  static Refund refund(Money amount) {
    return new Refund("shop", "R-1-R1", 1L, "R-1", "1001", amount, "card", "pi_1", NOW);
  }
}
