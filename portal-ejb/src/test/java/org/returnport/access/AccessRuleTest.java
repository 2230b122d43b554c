package org.returnport.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccessRuleTest {

  static class Rules {
    @IntegrationKeys
    public void keysOnly() {}

    @StoreRoles(StaffRole.MERCHANT_ADMIN)
    public void admins() {}

    @AnyCaller
    public void anyone() {}

    public void unstated() {}
  }

  @ParameterizedTest(name = "{0}: role {1}, integration key {2} → {3}")
  @CsvSource({
    "keysOnly, MERCHANT_ADMIN, true, true",
    "keysOnly, MERCHANT_ADMIN, false, false",
    "keysOnly, MERCHANT_AGENT, false, false",
    "keysOnly, , false, false",
    "admins, MERCHANT_ADMIN, true, true",
    "admins, MERCHANT_ADMIN, false, true",
    "admins, MERCHANT_AGENT, false, false",
    "anyone, , false, true",
    "unstated, MERCHANT_ADMIN, true, false"
  })
  void admitsWhomItsRuleNames(String method, StaffRole role, boolean key, boolean admitted)
      throws Exception {
    AccessRule rule = AccessRule.of(Rules.class.getMethod(method));
    assertThat(rule.admits(Optional.ofNullable(role), key)).isEqualTo(admitted);
  }

  @ParameterizedTest(name = "a page ruled by {0} opens for role {1}: {2}")
  @CsvSource({"keysOnly, MERCHANT_ADMIN, false", "admins, MERCHANT_ADMIN, true"})
  void pagesKnowNoIntegrationKeys(String method, StaffRole role, boolean admitted)
      throws Exception {
    assertThat(AccessRule.of(Rules.class.getMethod(method)).admits(Optional.of(role)))
        .isEqualTo(admitted);
  }
}
