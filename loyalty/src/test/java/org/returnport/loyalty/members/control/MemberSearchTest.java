package org.returnport.loyalty.members.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MemberSearchTest {

  @Test
  void whatWasTypedMatchesAnywhereInAnyCase() {
    assertThat(MemberSearch.pattern("  Mia@Example ")).isEqualTo("%mia@example%");
    assertThat(MemberSearch.pattern(null)).isEqualTo("%%");
    assertThat(MemberSearch.pattern("")).isEqualTo("%%");
  }

  @Test
  void wildcardsTypedMatchThemselves() {
    assertThat(MemberSearch.pattern("a_b%c!")).isEqualTo("%a!_b!%c!!%");
  }
}
