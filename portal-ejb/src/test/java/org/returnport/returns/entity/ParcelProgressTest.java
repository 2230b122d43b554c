package org.returnport.returns.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.returnport.errors.RejectedException;
import org.returnport.events.ParcelStage;

class ParcelProgressTest {

  private static final Instant SCANNED = Instant.parse("2026-11-05T14:30:00Z");

  /** What each of the carrier's stages, in our words, asks of the return. */
  static final Map<ParcelStage, Optional<ReturnStatus>> STATUS_FOR =
      Map.of(
          ParcelStage.LABEL_CREATED, Optional.empty(),
          ParcelStage.PICKED_UP, Optional.of(ReturnStatus.IN_TRANSIT),
          ParcelStage.IN_TRANSIT, Optional.of(ReturnStatus.IN_TRANSIT),
          ParcelStage.DELAYED, Optional.of(ReturnStatus.IN_TRANSIT),
          ParcelStage.CUSTOMS, Optional.of(ReturnStatus.IN_TRANSIT),
          ParcelStage.OUT_FOR_DELIVERY, Optional.of(ReturnStatus.IN_TRANSIT),
          ParcelStage.LOST, Optional.of(ReturnStatus.LOST),
          ParcelStage.DELIVERED, Optional.of(ReturnStatus.DELIVERED));

  @ParameterizedTest
  @EnumSource(ParcelStage.class)
  void eachStageAsksForItsStatus(ParcelStage stage) {
    assertThat(ParcelProgress.statusFor(stage)).isEqualTo(STATUS_FOR.get(stage));
  }

  @ParameterizedTest(name = "{0} + {1} scan → {2}")
  @CsvSource({
    // the first real scan puts the parcel on its way; a created label does not
    "APPROVED,     LABEL_CREATED,    APPROVED",
    "APPROVED,     PICKED_UP,        IN_TRANSIT",
    "APPROVED,     CUSTOMS,          IN_TRANSIT",
    "APPROVED,     DELIVERED,        DELIVERED",
    "APPROVED,     LOST,             LOST",
    "IN_TRANSIT,   OUT_FOR_DELIVERY, IN_TRANSIT",
    "IN_TRANSIT,   DELIVERED,        DELIVERED",
    "IN_TRANSIT,   LOST,             LOST",
    // late scans never move a parcel back
    "DELIVERED,    IN_TRANSIT,       DELIVERED",
    "DELIVERED,    LOST,             DELIVERED",
    "LOST,         PICKED_UP,        LOST",
    // a lost parcel that turns up, or one sent after its deadline, is still taken in
    "LOST,         DELIVERED,        DELIVERED",
    "EXPIRED,      PICKED_UP,        IN_TRANSIT",
    // a return that is not expecting a parcel only notes the scan
    "UNDER_REVIEW, PICKED_UP,        UNDER_REVIEW",
    "CANCELLED,    DELIVERED,        CANCELLED",
    "REJECTED,     IN_TRANSIT,       REJECTED",
    "RECEIVED,     DELIVERED,        RECEIVED",
    "INSPECTED,    LOST,             INSPECTED"
  })
  void aScanMovesAReturnOnlyForward(ReturnStatus from, ParcelStage stage, ReturnStatus to) {
    assertThat(ParcelProgress.after(from, stage)).isEqualTo(to);
  }

  @Test
  void everyScanIsOnTheTimelineWithTheCarriersWordsAndPlaceAndMovesTheReturnOnce() {
    ReturnCase cut = Returns.approved();

    ReturnEvent picked = cut.scanned(ParcelStage.PICKED_UP, "Shipment picked up", "Paris", SCANNED);
    ReturnEvent sorted =
        cut.scanned(ParcelStage.IN_TRANSIT, "Arrived at sort facility", "Leipzig", SCANNED);
    ReturnEvent delivered =
        cut.scanned(ParcelStage.DELIVERED, "Delivered", "Leipzig", SCANNED.plusSeconds(60));
    ReturnEvent late =
        cut.scanned(ParcelStage.OUT_FOR_DELIVERY, "Out for delivery", "Leipzig", SCANNED);

    assertThat(cut.getStatus()).isEqualTo(ReturnStatus.DELIVERED);
    assertThat(cut.getWaitingOn()).isEqualTo(WaitingOn.MERCHANT);
    assertThat(picked.getKind()).isEqualTo(EventKind.SCANNED);
    assertThat(picked.getText()).isEqualTo("Shipment picked up");
    assertThat(picked.getLocation()).isEqualTo("Paris");
    assertThat(picked.getStage()).isEqualTo(ParcelStage.PICKED_UP);
    assertThat(picked.getAt()).isEqualTo(SCANNED);
    assertThat(sorted.getKind()).isEqualTo(EventKind.SCANNED);
    assertThat(delivered.getKind()).isEqualTo(EventKind.DELIVERED);
    assertThat(late.getKind()).as("a late scan is only noted").isEqualTo(EventKind.SCANNED);
    assertThat(cut.getEvents()).hasSize(6).contains(picked, sorted, delivered, late);
  }

  @Test
  void carrierTextThatIsTooLongIsClippedAndBlankTextIsNone() {
    ReturnCase cut = Returns.approved();

    ReturnEvent scan =
        cut.scanned(ParcelStage.IN_TRANSIT, "x".repeat(5000), "  " + "y".repeat(500), SCANNED);
    ReturnEvent bare = cut.scanned(ParcelStage.IN_TRANSIT, "  ", null, SCANNED);

    assertThat(scan.getText()).hasSize(ReturnEvent.TEXT_MAX);
    assertThat(scan.getLocation()).hasSize(ReturnEvent.LOCATION_MAX);
    assertThat(bare.getText()).isNull();
    assertThat(bare.getLocation()).isNull();
  }

  @Test
  void theLabelIsNotedWithCarrierAndTrackingNumber() {
    ReturnCase cut = Returns.approved();

    ReturnEvent label = cut.labelReady("DHL", "JD014600003828", SCANNED);

    assertThat(label.getKind()).isEqualTo(EventKind.LABEL_READY);
    assertThat(label.getText()).isEqualTo("DHL JD014600003828");
    assertThat(cut.getStatus()).isEqualTo(ReturnStatus.APPROVED);
  }

  @Test
  void aShopperCancelsBeforeShippingButNotOnceTheParcelIsOnItsWay() {
    ReturnCase waiting = Returns.underReview();
    ReturnCase approved = Returns.approved();
    ReturnCase sent = Returns.approved();
    sent.scanned(ParcelStage.PICKED_UP, "Picked up", "Paris", SCANNED);

    ReturnEvent cancelled = approved.cancel(SCANNED);
    waiting.cancel(SCANNED);

    assertThat(approved.getStatus()).isEqualTo(ReturnStatus.CANCELLED);
    assertThat(approved.getWaitingOn()).isEqualTo(WaitingOn.NOBODY);
    assertThat(cancelled.getKind()).isEqualTo(EventKind.CANCELLED);
    assertThat(waiting.getStatus()).isEqualTo(ReturnStatus.CANCELLED);
    assertThat(sent.isCancellable()).isFalse();
    assertThatThrownBy(() -> sent.cancel(SCANNED))
        .isInstanceOf(RejectedException.class)
        .extracting(e -> ((RejectedException) e).messageKey())
        .isEqualTo("returnport.return.cannotCancel");
    assertThat(sent.getStatus()).isEqualTo(ReturnStatus.IN_TRANSIT);
    assertThatThrownBy(() -> approved.cancel(SCANNED)).isInstanceOf(RejectedException.class);
  }

  @Test
  void onlyAReturnNotYetSentCanBeCancelled() {
    EnumSet<ReturnStatus> cancellable = EnumSet.noneOf(ReturnStatus.class);
    for (ReturnStatus status : ReturnStatus.values()) {
      if (status.canMoveTo(ReturnStatus.CANCELLED)) {
        cancellable.add(status);
      }
    }

    assertThat(cancellable)
        .containsExactlyInAnyOrder(ReturnStatus.UNDER_REVIEW, ReturnStatus.APPROVED);
  }
}
