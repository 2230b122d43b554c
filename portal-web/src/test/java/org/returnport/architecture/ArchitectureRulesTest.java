package org.returnport.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.returnport.cyclefixtureone.Hen;
import org.returnport.cyclefixturetwo.Egg;

/** The rules of {@link ArchitectureTest} catch what they are meant to catch. */
class ArchitectureRulesTest {

  @Test
  void aCycleBetweenTwoFeaturesBreaksTheBuild() {
    JavaClasses cyclic = new ClassFileImporter().importClasses(Hen.class, Egg.class);

    var result = ArchitectureTest.featuresDependOnEachOtherWithoutCycles.evaluate(cyclic);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString())
        .contains("cyclefixtureone")
        .contains("cyclefixturetwo");
  }

  @Test
  void featuresWithoutACycleMayDependOnEachOtherOneWay() {
    JavaClasses oneWay = new ClassFileImporter().importClasses(Hen.class);

    var result = ArchitectureTest.featuresDependOnEachOtherWithoutCycles.evaluate(oneWay);

    assertThat(result.hasViolation()).isFalse();
  }
}
