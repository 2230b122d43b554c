package org.returnport.intake.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradeTest {

  @Test
  void theDefaultScaleIsABCDWithTranslatedNames() {
    assertThat(Grade.defaults()).extracting(Grade::getCode).containsExactly("A", "B", "C", "D");
    assertThat(Grade.defaults()).extracting(Grade::getName).containsOnlyNulls();
  }

  @Test
  void aMerchantsScaleKeepsItsOrderSkipsEmptyRowsAndUpperCasesCodes() {
    List<Grade> scale =
        Grade.scale(
            List.of(
                new Grade.Definition("new", "Sealed"),
                new Grade.Definition("", " "),
                new Grade.Definition("b", null)));
    assertThat(scale).extracting(Grade::getCode).containsExactly("NEW", "B");
    assertThat(scale).extracting(Grade::getName).containsExactly("Sealed", null);
    assertThat(scale).extracting(Grade::getPosition).containsExactly(0, 1);
  }

  @Test
  void badScalesAreRefused() {
    assertThatThrownBy(() -> Grade.scale(List.of())).hasMessageContaining("returnport.grade.none");
    assertThatThrownBy(() -> Grade.scale(Collections.nCopies(13, new Grade.Definition("A", null))))
        .hasMessageContaining("returnport.grade.tooMany");
    assertThatThrownBy(
            () ->
                Grade.scale(
                    List.of(new Grade.Definition("A", null), new Grade.Definition("a", "Again"))))
        .hasMessageContaining("returnport.grade.twice");
    assertThatThrownBy(() -> Grade.scale(List.of(new Grade.Definition("X Y", "Space"))))
        .hasMessageContaining("returnport.grade.code");
    assertThatThrownBy(() -> Grade.scale(List.of(new Grade.Definition("E", ""))))
        .hasMessageContaining("returnport.grade.nameRequired");
    assertThatThrownBy(() -> Grade.scale(List.of(new Grade.Definition("E", "x".repeat(61)))))
        .hasMessageContaining("returnport.grade.nameTooLong");
  }

  @Test
  void gradesDeductTheDefaultsUnlessTheMerchantSaysOtherwise() {
    assertThat(Grade.defaults())
        .extracting(Grade::getDeductionPercent)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(
            BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("20"), new BigDecimal("50"));
    List<Grade> own =
        Grade.scale(
            List.of(
                new Grade.Definition("C", null, null),
                new Grade.Definition("D", null, new BigDecimal("35.5")),
                new Grade.Definition("S", "Scratched", null)));
    assertThat(own)
        .extracting(Grade::getDeductionPercent)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("20"), new BigDecimal("35.5"), BigDecimal.ZERO);
  }

  @Test
  void aDeductionIsAPercentage() {
    for (String bad : List.of("-1", "100.01", "12.345")) {
      assertThatThrownBy(
              () -> Grade.scale(List.of(new Grade.Definition("C", null, new BigDecimal(bad)))))
          .hasMessageContaining("returnport.grade.deduction");
    }
  }
}
