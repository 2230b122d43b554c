package org.returnport.returns.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.returnport.events.ParcelStage;

/**
 * Scans reach us in any order (a webhook retried late, polling catching up): whatever the order,
 * the same scans leave the return in the same status, and every scan is on its timeline.
 */
class ScanOrderPropertiesTest {

  private static final Instant T0 = Instant.parse("2026-11-05T08:00:00Z");

  @Property
  void anyOrderOfTheSameScansEndsInTheSameStatus(
      @ForAll @Size(max = 8) List<ParcelStage> scans, @ForAll long seed) {
    List<ParcelStage> shuffled = new ArrayList<>(scans);
    Collections.shuffle(shuffled, new Random(seed));

    ReturnCase inOrder = scanned(Returns.approved(), scans);
    ReturnCase outOfOrder = scanned(Returns.approved(), shuffled);

    assertThat(outOfOrder.getStatus()).isEqualTo(inOrder.getStatus());
    assertThat(outOfOrder.getWaitingOn()).isEqualTo(inOrder.getWaitingOn());
    assertThat(outOfOrder.getEvents()).hasSize(inOrder.getEvents().size());
  }

  @Property
  void fromAnyStatusTheOrderOfScansDoesNotMatter(
      @ForAll ReturnStatus from,
      @ForAll @Size(max = 8) List<ParcelStage> scans,
      @ForAll long seed) {
    List<ParcelStage> shuffled = new ArrayList<>(scans);
    Collections.shuffle(shuffled, new Random(seed));

    assertThat(fold(from, shuffled)).isEqualTo(fold(from, scans));
  }

  @Property
  void theStatusIsTheFurthestTheScansReach(@ForAll("journeys") List<ParcelStage> scans) {
    ReturnStatus end = scanned(Returns.approved(), scans).getStatus();

    ReturnStatus expected =
        scans.contains(ParcelStage.DELIVERED)
            ? ReturnStatus.DELIVERED
            : scans.contains(ParcelStage.LOST)
                ? ReturnStatus.LOST
                : scans.stream().anyMatch(stage -> stage != ParcelStage.LABEL_CREATED)
                    ? ReturnStatus.IN_TRANSIT
                    : ReturnStatus.APPROVED;
    assertThat(end).isEqualTo(expected);
  }

  @Provide
  Arbitrary<List<ParcelStage>> journeys() {
    return Arbitraries.of(ParcelStage.class).list().ofMaxSize(10);
  }

  private static ReturnStatus fold(ReturnStatus from, List<ParcelStage> scans) {
    ReturnStatus status = from;
    for (ParcelStage stage : scans) {
      status = ParcelProgress.after(status, stage);
    }
    return status;
  }

  private static ReturnCase scanned(ReturnCase returnCase, List<ParcelStage> scans) {
    for (int i = 0; i < scans.size(); i++) {
      returnCase.scanned(scans.get(i), "scan " + i, "Somewhere", T0.plusSeconds(i));
    }
    return returnCase;
  }
}
