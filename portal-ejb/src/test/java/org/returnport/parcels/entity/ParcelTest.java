package org.returnport.parcels.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.returnport.events.DelayCause;
import org.returnport.events.ParcelStage;

class ParcelTest {

  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  static Parcel booking() {
    return new Parcel(7, "RMA-TEST0001", "sandbox", NOW);
  }

  static CarrierScan scan(ParcelStage stage, int hours, int delayDays) {
    return new CarrierScan(
        "T",
        stage,
        NOW.plusSeconds(hours * 3600L),
        "Lyon",
        stage.name(),
        delayDays,
        delayDays > 0 ? DelayCause.WEATHER : null);
  }

  @Test
  void aReturnCancelledBeforeTheBookingNeedsNoWordToTheCarrier() {
    Parcel cut = booking();

    assertThat(cut.cancel(NOW)).isFalse();
    assertThat(cut.getState()).isEqualTo(ParcelState.CANCELLED);
    assertThatThrownBy(() -> cut.booked("SBX1", NOW)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aBookedParcelNobodyHandedOverIsCancelledAtTheCarrierOnce() {
    Parcel cut = booking();
    cut.booked("SBX1", NOW);

    assertThat(cut.cancel(NOW)).isTrue();
    assertThat(cut.getState()).isEqualTo(ParcelState.CANCELLED);
    assertThat(cut.cancel(NOW)).as("cancelled already").isFalse();
    assertThat(cut.isSettled()).isTrue();
  }

  @Test
  void aParcelAlreadyWithTheCarrierIsNotCancelled() {
    Parcel cut = booking();
    cut.booked("SBX1", NOW);
    cut.apply(scan(ParcelStage.PICKED_UP, 2, 0));

    assertThat(cut.cancel(NOW)).isFalse();
    assertThat(cut.getState()).isEqualTo(ParcelState.BOOKED);
  }

  @Test
  void theStageIsTheFurthestScanAndTheDelayTheLongestReported() {
    Parcel cut = booking();
    cut.booked("SBX1", NOW);

    assertThat(cut.apply(scan(ParcelStage.OUT_FOR_DELIVERY, 30, 0))).isTrue();
    assertThat(cut.apply(scan(ParcelStage.IN_TRANSIT, 10, 0))).as("late, but earlier").isFalse();
    assertThat(cut.apply(scan(ParcelStage.DELAYED, 12, 3))).isFalse();
    assertThat(cut.apply(scan(ParcelStage.DELAYED, 14, 1))).isFalse();

    assertThat(cut.getStage()).isEqualTo(ParcelStage.OUT_FOR_DELIVERY);
    assertThat(cut.getDelayDays()).isEqualTo(3);
    assertThat(cut.isSettled()).isFalse();
    assertThat(cut.apply(scan(ParcelStage.DELIVERED, 31, 0))).isTrue();
    assertThat(cut.isSettled()).isTrue();
  }

  @Test
  void aRefusedBookingKeepsTheCarriersReasonAndFailsOnlyForGood() {
    Parcel cut = booking();

    cut.bookingFailed("timeout", false);
    assertThat(cut.getState()).isEqualTo(ParcelState.BOOKING);
    cut.bookingFailed("does not collect from this address", true);

    assertThat(cut.getState()).isEqualTo(ParcelState.FAILED);
    assertThat(cut.getLastError()).isEqualTo("does not collect from this address");
    assertThat(cut.isSettled()).isTrue();
  }
}
