package org.returnport.parcels.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.returnport.events.DelayCause;
import org.returnport.events.ParcelStage;

/**
 * Any order of the same tracking events, each possibly delivered several times, leaves the parcel
 * in the same state, and tells the same scans as new exactly once: the journal's rule (a scan is
 * new when its key was not seen) applied to the parcel's own rule (the furthest scan wins).
 */
class ParcelStagePropertiesTest {

  static final Instant BOOKED = Instant.parse("2026-12-01T10:00:00Z");

  @Property(tries = 500)
  void anyOrderAndDuplicationOfTheSameScansEndsInTheSameState(
      @ForAll("journeys") @Size(min = 1, max = 12) List<CarrierScan> scans, @ForAll long seed) {
    Replay inOrder = replay(scans);

    List<CarrierScan> shuffled = new ArrayList<>(scans);
    Random random = new Random(seed);
    for (int i = 0; i < scans.size(); i++) {
      if (random.nextInt(3) == 0) {
        shuffled.add(scans.get(i));
      }
    }
    Collections.shuffle(shuffled, random);
    Replay mixed = replay(shuffled);

    assertThat(mixed.stage()).isEqualTo(inOrder.stage());
    assertThat(mixed.stageAt()).isEqualTo(inOrder.stageAt());
    assertThat(mixed.delayDays()).isEqualTo(inOrder.delayDays());
    assertThat(mixed.told()).containsExactlyInAnyOrderElementsOf(inOrder.told());
    assertThat(mixed.told()).doesNotHaveDuplicates();
  }

  @Property(tries = 300)
  void aParcelNeverGoesBackToAnEarlierStage(
      @ForAll("journeys") @Size(min = 1, max = 12) List<CarrierScan> scans) {
    Parcel parcel = booked();
    int rank = parcel.getStage().rank();
    for (CarrierScan scan : scans) {
      parcel.apply(scan);
      assertThat(parcel.getStage().rank()).isGreaterThanOrEqualTo(rank);
      rank = parcel.getStage().rank();
    }
  }

  @Provide
  Arbitrary<List<CarrierScan>> journeys() {
    Arbitrary<CarrierScan> scan =
        Combinators.combine(
                Arbitraries.of(ParcelStage.class),
                Arbitraries.integers().between(0, 20 * 24),
                Arbitraries.of("Lyon, FR", "Leipzig, DE", "Shanghai, CN"),
                Arbitraries.integers().between(0, 4),
                Arbitraries.of(DelayCause.class))
            .as(
                (stage, hours, place, delay, cause) ->
                    new CarrierScan(
                        "T-" + stage,
                        stage,
                        BOOKED.plusSeconds(hours * 3600L),
                        place,
                        stage + " at " + place,
                        stage == ParcelStage.DELAYED ? delay : 0,
                        stage == ParcelStage.DELAYED ? cause : null));
    return scan.list().uniqueElements(CarrierScan::key);
  }

  private static Parcel booked() {
    Parcel parcel = new Parcel(7, "RMA-TEST0001", "sandbox", BOOKED);
    parcel.booked("SBX100000000007", BOOKED);
    return parcel;
  }

  private static Replay replay(List<CarrierScan> deliveries) {
    Parcel parcel = booked();
    Set<String> stored = new HashSet<>();
    List<String> told = new ArrayList<>();
    for (CarrierScan scan : deliveries) {
      if (stored.add(scan.key())) {
        parcel.apply(scan);
        told.add(scan.key());
      }
    }
    return new Replay(parcel.getStage(), parcel.getStageAt(), parcel.getDelayDays(), told);
  }

  record Replay(ParcelStage stage, Instant stageAt, int delayDays, List<String> told) {}
}
