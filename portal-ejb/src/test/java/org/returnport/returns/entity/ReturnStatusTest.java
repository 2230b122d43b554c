package org.returnport.returns.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.returnport.returns.entity.ReturnStatus.APPROVED;
import static org.returnport.returns.entity.ReturnStatus.CANCELLED;
import static org.returnport.returns.entity.ReturnStatus.CLOSED;
import static org.returnport.returns.entity.ReturnStatus.CREDITED;
import static org.returnport.returns.entity.ReturnStatus.DELIVERED;
import static org.returnport.returns.entity.ReturnStatus.EXCHANGED;
import static org.returnport.returns.entity.ReturnStatus.EXPIRED;
import static org.returnport.returns.entity.ReturnStatus.INSPECTED;
import static org.returnport.returns.entity.ReturnStatus.IN_TRANSIT;
import static org.returnport.returns.entity.ReturnStatus.KEPT;
import static org.returnport.returns.entity.ReturnStatus.LOST;
import static org.returnport.returns.entity.ReturnStatus.RECEIVED;
import static org.returnport.returns.entity.ReturnStatus.REFUNDED;
import static org.returnport.returns.entity.ReturnStatus.REJECTED;
import static org.returnport.returns.entity.ReturnStatus.UNDER_REVIEW;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReturnStatusTest {

  /** The life of a return as ARCHITECTURE.md draws it, written out move by move. */
  static final Map<ReturnStatus, Set<ReturnStatus>> ALLOWED =
      Map.ofEntries(
          Map.entry(UNDER_REVIEW, EnumSet.of(APPROVED, REJECTED, CANCELLED)),
          Map.entry(
              APPROVED,
              EnumSet.of(IN_TRANSIT, DELIVERED, RECEIVED, LOST, CANCELLED, EXPIRED, KEPT)),
          Map.entry(REJECTED, EnumSet.noneOf(ReturnStatus.class)),
          Map.entry(IN_TRANSIT, EnumSet.of(DELIVERED, RECEIVED, LOST)),
          Map.entry(DELIVERED, EnumSet.of(RECEIVED)),
          Map.entry(RECEIVED, EnumSet.of(INSPECTED)),
          Map.entry(INSPECTED, EnumSet.of(REFUNDED, CREDITED, EXCHANGED)),
          Map.entry(CANCELLED, EnumSet.noneOf(ReturnStatus.class)),
          // A parcel that turns up late, or after the carrier gave it up, is still taken in.
          Map.entry(EXPIRED, EnumSet.of(IN_TRANSIT, DELIVERED, RECEIVED, LOST)),
          // A lost parcel is settled as the policy says, unless it turns up after all.
          Map.entry(LOST, EnumSet.of(DELIVERED, RECEIVED, REFUNDED, CREDITED, EXCHANGED)),
          Map.entry(REFUNDED, EnumSet.of(CLOSED)),
          Map.entry(CREDITED, EnumSet.of(CLOSED)),
          Map.entry(EXCHANGED, EnumSet.of(CLOSED)),
          Map.entry(KEPT, EnumSet.of(CLOSED)),
          Map.entry(CLOSED, EnumSet.noneOf(ReturnStatus.class)));

  @ParameterizedTest
  @EnumSource(ReturnStatus.class)
  void aReturnMovesOnlyAlongItsLife(ReturnStatus from) {
    for (ReturnStatus to : ReturnStatus.values()) {
      assertThat(from.canMoveTo(to))
          .as("%s → %s", from, to)
          .isEqualTo(ALLOWED.get(from).contains(to));
    }
  }

  @Test
  void deadlinesMatterOnlyUntilTheParcelArrives() {
    assertThat(EnumSet.allOf(ReturnStatus.class).stream().filter(ReturnStatus::deadlinesOpen))
        .containsExactlyInAnyOrder(UNDER_REVIEW, APPROVED, IN_TRANSIT);
  }
}
