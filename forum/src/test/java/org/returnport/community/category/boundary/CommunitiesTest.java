package org.returnport.community.category.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CommunitiesTest {

  @Test
  void aNewSectionsCodeComesFromItsEnglishNameAndIsUniqueInTheStore() {
    assertThat(Communities.codeFor("Size & Fit!", Set.of())).isEqualTo("size-fit");
    assertThat(Communities.codeFor("Size & Fit!", Set.of("size-fit", "size-fit-2")))
        .isEqualTo("size-fit-3");
  }

  @Test
  void namesWithoutLatinLettersStillGetACodeThatFitsItsColumn() {
    assertThat(Communities.codeFor("尺码", Set.of())).isEqualTo("section");
    assertThat(Communities.codeFor("a".repeat(80), Set.of())).hasSizeLessThanOrEqualTo(40);
  }
}
