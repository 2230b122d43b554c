package org.returnport.parcels.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.returnport.events.DelayCause;
import org.returnport.events.ParcelStage;
import org.returnport.parcels.control.SandboxPlan.Scenario;
import org.returnport.parcels.entity.CarrierScan;

class SandboxPlanTest {

  static final Instant BOOKED = Instant.parse("2026-12-01T10:00:00Z");
  static final Duration DAY = Duration.ofDays(1);

  static List<CarrierScan> plan(Scenario scenario, boolean customs) {
    return SandboxPlan.scans(
        "SBX100000000007", scenario, customs, "Lyon, FR", "Leipzig, DE", BOOKED, DAY);
  }

  @Test
  void aParcelOnTimeIsPickedUpCarriedAndDeliveredToTheHubWithoutCustomsInsideABorder() {
    List<CarrierScan> scans = plan(Scenario.ON_TIME, false);

    assertThat(scans)
        .extracting(CarrierScan::stage)
        .containsExactly(
            ParcelStage.PICKED_UP,
            ParcelStage.IN_TRANSIT,
            ParcelStage.IN_TRANSIT,
            ParcelStage.OUT_FOR_DELIVERY,
            ParcelStage.DELIVERED);
    assertThat(scans).allMatch(scan -> scan.delayDays() == 0);
    assertThat(scans.get(0).location()).isEqualTo("Lyon, FR");
    assertThat(scans.get(scans.size() - 1).location()).isEqualTo("Leipzig, DE");
  }

  @Test
  void throughACustomsBorderTheParcelIsHeldForCustoms() {
    assertThat(plan(Scenario.ON_TIME, true))
        .extracting(CarrierScan::stage)
        .contains(ParcelStage.CUSTOMS)
        .endsWith(ParcelStage.DELIVERED);
  }

  @Test
  void delaysSayHowManyRealDaysAndWhyAndPushTheRestOfTheJourneyBack() {
    CarrierScan strike = delay(plan(Scenario.STRIKE_DELAY, false));
    CarrierScan weather = delay(plan(Scenario.WEATHER_DELAY, false));
    CarrierScan customs = delay(plan(Scenario.CUSTOMS_DELAY, true));
    CarrierScan shopper = delay(plan(Scenario.SHOPPER_EXCEPTION, false));
    CarrierScan carrier = delay(plan(Scenario.CARRIER_EXCEPTION, false));

    assertThat(List.of(strike, weather, customs, shopper, carrier))
        .allSatisfy(scan -> assertThat(scan.delayDays()).isBetween(1, 4));
    assertThat(strike.delayCause()).isEqualTo(DelayCause.STRIKE);
    assertThat(weather.delayCause()).isEqualTo(DelayCause.WEATHER);
    assertThat(customs.delayCause()).isEqualTo(DelayCause.CUSTOMS);
    assertThat(carrier.delayCause()).isEqualTo(DelayCause.CARRIER);
    assertThat(shopper.delayCause()).isEqualTo(DelayCause.SHOPPER);
    assertThat(shopper.delayCause().shopperFault()).isTrue();
    assertThat(delivered(plan(Scenario.STRIKE_DELAY, false)))
        .isAfterOrEqualTo(
            delivered(plan(Scenario.ON_TIME, false)).plus(DAY.multipliedBy(strike.delayDays())));
  }

  @Test
  void aLostParcelIsSearchedForAndThenDeclaredLostNeverDelivered() {
    List<CarrierScan> scans = plan(Scenario.LOST, true);

    assertThat(scans).extracting(CarrierScan::stage).endsWith(ParcelStage.LOST);
    assertThat(scans).extracting(CarrierScan::stage).doesNotContain(ParcelStage.DELIVERED);
  }

  @ParameterizedTest
  @EnumSource(Scenario.class)
  void everyPlanRunsForwardInTimeFromTheBookingAndIsTheSameEachTime(Scenario scenario) {
    List<CarrierScan> scans = plan(scenario, true);

    assertThat(scans.get(0).at()).isAfter(BOOKED);
    assertThat(IntStream.range(1, scans.size()))
        .allMatch(i -> scans.get(i).at().isAfter(scans.get(i - 1).at()));
    assertThat(plan(scenario, true)).isEqualTo(scans);
  }

  @Test
  void thePaceSqueezesTheJourneyButNotTheDelayDays() {
    List<CarrierScan> days = plan(Scenario.STRIKE_DELAY, false);
    List<CarrierScan> minutes =
        SandboxPlan.scans(
            "SBX100000000007",
            Scenario.STRIKE_DELAY,
            false,
            "Lyon, FR",
            "Leipzig, DE",
            BOOKED,
            Duration.ofMinutes(1));

    assertThat(delivered(minutes)).isBefore(BOOKED.plus(Duration.ofMinutes(15)));
    assertThat(delay(minutes).delayDays()).isEqualTo(delay(days).delayDays());
  }

  @Test
  void magicWordsInTheSendersAddressChooseTheScenario() {
    for (Scenario scenario : Scenario.values()) {
      assertThat(Scenario.of("12 rue X (" + scenario.magicWord().toLowerCase() + ")", "SBX1", true))
          .isEqualTo(scenario);
    }
  }

  @Test
  void withoutAMagicWordTheTrackingNumberDecidesMostlyOnTimeSometimesLateAFewLost() {
    List<Scenario> drawn =
        IntStream.range(0, 2000)
            .mapToObj(i -> Scenario.of("Hauptstraße 5, Berlin", "SBX" + (100000000000L + i), true))
            .toList();
    Set<Scenario> kinds = EnumSet.copyOf(drawn);

    assertThat(kinds).containsExactlyInAnyOrder(Scenario.values());
    assertThat(drawn.stream().filter(s -> s == Scenario.ON_TIME).count()).isBetween(1200L, 1600L);
    assertThat(drawn.stream().filter(s -> s == Scenario.LOST).count()).isBetween(20L, 120L);
    assertThat(Scenario.of("Hauptstraße 5", "SBX100000000042", true))
        .isEqualTo(Scenario.of("Hauptstraße 5", "SBX100000000042", true));
  }

  @Test
  void withoutACustomsBorderNoParcelIsDelayedByCustoms() {
    assertThat(
            IntStream.range(0, 500)
                .mapToObj(i -> Scenario.of("Berlin", "SBX" + (200000000000L + i), false)))
        .doesNotContain(Scenario.CUSTOMS_DELAY);
  }

  @Test
  void trackingNumbersCarryACheckDigit() {
    String number = SandboxCarrier.newTrackingNumber();
    assertThat(number).matches("SBX\\d{12}");
    int sum = 0;
    for (int i = 0; i < 11; i++) {
      sum += (number.charAt(3 + i) - '0') * (i % 2 == 0 ? 3 : 1);
    }
    assertThat(number.charAt(14) - '0').isEqualTo((10 - sum % 10) % 10);
  }

  @Test
  void customsBordersLieOutsideTheEuOnly() {
    assertThat(SandboxCarrier.customsBorder("FR", "DE")).isFalse();
    assertThat(SandboxCarrier.customsBorder("DE", "DE")).isFalse();
    assertThat(SandboxCarrier.customsBorder("GB", "DE")).isTrue();
    assertThat(SandboxCarrier.customsBorder("CN", "DE")).isTrue();
  }

  private static CarrierScan delay(List<CarrierScan> scans) {
    return scans.stream().filter(s -> s.stage() == ParcelStage.DELAYED).findFirst().orElseThrow();
  }

  private static Instant delivered(List<CarrierScan> scans) {
    return scans.stream()
        .filter(s -> s.stage() == ParcelStage.DELIVERED)
        .findFirst()
        .orElseThrow()
        .at();
  }
}
