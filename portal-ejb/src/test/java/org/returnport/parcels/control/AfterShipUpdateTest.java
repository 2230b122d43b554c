package org.returnport.parcels.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.returnport.events.DelayCause;
import org.returnport.events.ParcelStage;
import org.returnport.parcels.entity.CarrierScan;

class AfterShipUpdateTest {

  /** Shaped like AfterShip's documented tracking webhook, with two checkpoints. */
  static final String UPDATE =
      """
      {"event":"tracking_update","event_id":"7f6e1c2a-0000-4000-8000-000000000001",
       "is_tracking_first_tag":false,"ts":1764580000,
       "msg":{"id":"abc","tracking_number":" SBX123456789012 ","slug":"dhl",
        "tag":"Exception","subtag":"Exception_004",
        "expected_delivery":"2026-12-09","order_promised_delivery_date":"2026-12-06",
        "checkpoints":[
         {"slug":"dhl","city":"Lyon","country_iso3":"FRA","message":"Shipment picked up",
          "tag":"InTransit","subtag":"InTransit_002","subtag_message":"Acceptance scan",
          "checkpoint_time":"2026-12-01T09:15:00+01:00"},
         {"slug":"dhl","location":"Leipzig Hub, DE","message":"Held by customs",
          "tag":"Exception","subtag":"Exception_004",
          "checkpoint_time":"2026-12-02T10:00:00"}]}}
      """;

  @Test
  void anUpdateGivesItsEventIdTimeTrackingNumberAndEveryCheckpointMapped() throws Exception {
    AfterShipUpdate cut = AfterShipUpdate.parse(UPDATE.getBytes(StandardCharsets.UTF_8));

    assertThat(cut.eventId()).isEqualTo("7f6e1c2a-0000-4000-8000-000000000001");
    assertThat(cut.sentAt()).isEqualTo(Instant.ofEpochSecond(1764580000));
    assertThat(cut.trackingNumber()).isEqualTo("SBX123456789012");
    assertThat(cut.scans())
        .containsExactly(
            new CarrierScan(
                "InTransit_002",
                ParcelStage.PICKED_UP,
                Instant.parse("2026-12-01T08:15:00Z"),
                "Lyon, FRA",
                "Shipment picked up",
                0,
                null),
            new CarrierScan(
                "Exception_004",
                ParcelStage.DELAYED,
                Instant.parse("2026-12-02T10:00:00Z"),
                "Leipzig Hub, DE",
                "Held by customs",
                3,
                DelayCause.CUSTOMS));
  }

  @ParameterizedTest(name = "{0} {1} \"{2}\" is {3}")
  @CsvSource(
      nullValues = "-",
      value = {
        "Pending,-,-,LABEL_CREATED",
        "InfoReceived,InfoReceived_001,Label created,LABEL_CREATED",
        "InTransit,InTransit_002,Acceptance scan,PICKED_UP",
        "InTransit,InTransit_001,Departed facility,IN_TRANSIT",
        "InTransit,InTransit_004,Arrived at customs,CUSTOMS",
        "OutForDelivery,OutForDelivery_001,Out for delivery,OUT_FOR_DELIVERY",
        "AvailableForPickup,-,At the depot,OUT_FOR_DELIVERY",
        "AttemptFail,AttemptFail_001,Nobody at the hub,OUT_FOR_DELIVERY",
        "Delivered,Delivered_001,Delivered,DELIVERED",
        "Exception,Exception_004,Customs hold,DELAYED",
        "Exception,Exception_013,Shipment lost,LOST",
        "Exception,Exception_007,Parcel lost in sorting,LOST",
        "Exception,Exception_017,Storm,DELAYED"
      })
  void aftershipsTagsAndSubtagsBecomeOurStages(
      String tag, String subtag, String message, ParcelStage expected) {
    assertThat(AfterShipUpdate.stageOf(tag, subtag, message)).contains(expected);
  }

  @Test
  void expiredSaysNothingAboutTheParcel() {
    assertThat(AfterShipUpdate.stageOf("Expired", null, "No update for 30 days"))
        .isEqualTo(Optional.empty());
  }

  @ParameterizedTest(name = "{0} \"{1}\" is {2}")
  @CsvSource(
      nullValues = "-",
      value = {
        "Exception_004,Held,CUSTOMS",
        "Exception_017,Extreme weather,WEATHER",
        "Exception_005,External factors,OTHER",
        "Exception_006,Held for payment,SHOPPER",
        "Exception_018,Missing documents,SHOPPER",
        "Exception_016,Sorting error,CARRIER",
        "-,Awaiting customs clearance,CUSTOMS",
        "-,Delayed,CARRIER"
      })
  void exceptionSubtagsTellTheCauseAndOnlyThoseTheSenderMustFixAreTheShoppers(
      String subtag, String message, DelayCause expected) {
    assertThat(AfterShipUpdate.causeOf(subtag, message)).isEqualTo(expected);
  }

  @Test
  void aDelayIsCountedOnlyOnExceptionScansAndOnlyWhenBothDatesAreKnown() throws Exception {
    String noPromise = UPDATE.replace("\"order_promised_delivery_date\":\"2026-12-06\",", "");
    CarrierScan delayed =
        AfterShipUpdate.parse(noPromise.getBytes(StandardCharsets.UTF_8)).scans().get(1);

    assertThat(delayed.stage()).isEqualTo(ParcelStage.DELAYED);
    assertThat(delayed.delayDays()).isZero();
    assertThat(delayed.delayCause()).isEqualTo(DelayCause.CUSTOMS);
  }

  @Test
  void theSameCheckpointInTwoUpdatesIsTheSameScan() throws Exception {
    String later =
        UPDATE
            .replace("7f6e1c2a-0000-4000-8000-000000000001", "another-delivery")
            .replace("1764580000", "1764590000");
    CarrierScan first =
        AfterShipUpdate.parse(UPDATE.getBytes(StandardCharsets.UTF_8)).scans().get(0);
    CarrierScan again =
        AfterShipUpdate.parse(later.getBytes(StandardCharsets.UTF_8)).scans().get(0);

    assertThat(again.key()).isEqualTo(first.key());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "not JSON|{",
        "a list|[1,2]",
        "no event id|{\"ts\":1,\"msg\":{\"tracking_number\":\"X\"}}",
        "no ts|{\"event_id\":\"e\",\"msg\":{\"tracking_number\":\"X\"}}",
        "no msg|{\"event_id\":\"e\",\"ts\":1}",
        "no tracking number|{\"event_id\":\"e\",\"ts\":1,\"msg\":{}}",
        "checkpoints not a list|{\"event_id\":\"e\",\"ts\":1,\"msg\":{\"tracking_number\":\"X\",\"checkpoints\":3}}",
        "a checkpoint without time|{\"event_id\":\"e\",\"ts\":1,\"msg\":{\"tracking_number\":\"X\",\"checkpoints\":[{\"tag\":\"InTransit\"}]}}",
        "a time that is no time|{\"event_id\":\"e\",\"ts\":1,\"msg\":{\"tracking_number\":\"X\",\"checkpoints\":[{\"tag\":\"InTransit\",\"checkpoint_time\":\"soon\"}]}}"
      })
  void aBodyThatIsNoTrackingUpdateIsRefused(String what, String body) {
    assertThatThrownBy(() -> AfterShipUpdate.parse(body.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(AfterShipUpdate.Unreadable.class);
  }
}
