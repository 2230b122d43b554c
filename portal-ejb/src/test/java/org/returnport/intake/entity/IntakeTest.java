package org.returnport.intake.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.returnport.errors.RejectedException;

class IntakeTest {

  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  static final List<Intake.Returned> RETURNED =
      List.of(new Intake.Returned(1, "TEE", "Tee", 2), new Intake.Returned(2, "CAP", "Cap", 1));
  static final Grade A = Grade.defaults().get(0);
  static final Grade C = Grade.defaults().get(2);

  static Intake received(Map<Integer, Integer> counts) {
    return Intake.receive(7, "RMA-ABCDEFGH", RETURNED, counts, null, "hub@example.com", NOW);
  }

  @Test
  void aFullReceiptCountsEveryReturnedUnit() {
    Intake cut = received(Map.of(1, 2, 2, 1));
    assertThat(cut.expected()).isEqualTo(3);
    assertThat(cut.received()).isEqualTo(3);
    assertThat(cut.isInspected()).isFalse();
    assertThat(cut.getDeliveredAt()).as("no scan said when: the receipt counts").isEqualTo(NOW);
  }

  @Test
  void aPartReceiptLeavesOutWhatDidNotCome() {
    Intake cut = received(Map.of(1, 1));
    assertThat(cut.received()).isEqualTo(1);
    assertThat(cut.getLines()).extracting(IntakeLine::getReceived).containsExactly(1, 0);
  }

  @Test
  void moreThanReturnedIsRefusedWithTheLineAndBothCounts() {
    assertThatThrownBy(() -> received(Map.of(1, 3, 2, 1)))
        .isInstanceOfSatisfying(
            RejectedException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("returnport.intake.tooMany");
              assertThat(e.arguments()).containsExactly("Tee", 3, 2);
            });
  }

  @Test
  void negativeUnknownOrNoUnitsAtAllAreRefused() {
    assertThatThrownBy(() -> received(Map.of(1, -1)))
        .hasMessageContaining("returnport.intake.negative");
    assertThatThrownBy(() -> received(Map.of(1, 1, 9, 1)))
        .hasMessageContaining("returnport.intake.unknownLine");
    assertThatThrownBy(() -> received(Map.of(1, 0, 2, 0)))
        .hasMessageContaining("returnport.intake.nothingReceived");
  }

  @Test
  void aCarrierDeliveryTimeIsKeptButNeverOneInTheFuture() {
    Instant delivered = NOW.minus(Duration.ofHours(20));
    assertThat(
            Intake.receive(7, "RMA-ABCDEFGH", RETURNED, Map.of(1, 1), delivered, "hub", NOW)
                .getDeliveredAt())
        .isEqualTo(delivered);
    assertThat(
            Intake.receive(
                    7, "RMA-ABCDEFGH", RETURNED, Map.of(1, 1), NOW.plusSeconds(60), "hub", NOW)
                .getDeliveredAt())
        .isEqualTo(NOW);
  }

  @Test
  void theInspectionCompletesWithTheLastReceivedUnitGraded() {
    Intake cut = received(Map.of(1, 2, 2, 1));
    cut.grade(1, 1, A, Disposition.RESTOCK, null, "hub", NOW);
    assertThat(cut.isComplete()).isFalse();
    cut.grade(2, 1, C, Disposition.RECYCLE, "torn seam", "hub", NOW);
    assertThat(cut.isInspected()).isFalse();
    cut.grade(1, 1, A, Disposition.RESTOCK, null, "hub", NOW.plusSeconds(5));
    assertThat(cut.isInspected()).isTrue();
    assertThat(cut.getInspectedAt()).isEqualTo(NOW.plusSeconds(5));
    assertThat(cut.restocked()).isEqualTo(2);
  }

  @Test
  void aPartReceiptIsInspectedWhenWhatCameIsGraded() {
    Intake cut = received(Map.of(1, 2));
    cut.grade(1, 2, A, Disposition.DONATE, null, "hub", NOW);
    assertThat(cut.isInspected()).isTrue();
    assertThat(cut.restocked()).isZero();
  }

  @Test
  void gradingAnItemNotReceivedOrMoreThanCameIsRefused() {
    Intake cut = received(Map.of(1, 2));
    assertThatThrownBy(() -> cut.grade(2, 1, A, Disposition.RESTOCK, null, "hub", NOW))
        .hasMessageContaining("returnport.intake.notReceived");
    assertThatThrownBy(() -> cut.grade(1, 3, A, Disposition.RESTOCK, null, "hub", NOW))
        .isInstanceOfSatisfying(
            RejectedException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("returnport.intake.gradeTooMany");
              assertThat(e.arguments()).containsExactly("Tee", 2);
            });
    assertThatThrownBy(() -> cut.grade(1, 0, A, Disposition.RESTOCK, null, "hub", NOW))
        .hasMessageContaining("returnport.intake.gradeQuantity");
    assertThatThrownBy(() -> cut.grade(1, 1, A, null, null, "hub", NOW))
        .hasMessageContaining("returnport.intake.dispositionRequired");
    assertThat(cut.getLines().get(0).ungraded()).as("nothing was graded").isEqualTo(2);
  }

  @Test
  void anInspectedParcelTakesNoMoreGrades() {
    Intake cut = received(Map.of(2, 1));
    cut.grade(2, 1, A, Disposition.RESTOCK, null, "hub", NOW);
    assertThatThrownBy(() -> cut.grade(2, 1, A, Disposition.RESTOCK, null, "hub", NOW))
        .hasMessageContaining("returnport.intake.alreadyInspected");
  }

  @Test
  void theGradeIsCopiedSoALaterScaleChangesNoPastInspection() {
    Grade mint = Grade.scale(List.of(new Grade.Definition("m", "Mint"))).get(0);
    Intake cut = received(Map.of(2, 1));
    ItemGrading grading = cut.grade(2, 1, mint, Disposition.RESTOCK, null, "hub", NOW);
    assertThat(grading.getGradeCode()).isEqualTo("M");
    assertThat(grading.getGradeName()).isEqualTo("Mint");
  }
}
