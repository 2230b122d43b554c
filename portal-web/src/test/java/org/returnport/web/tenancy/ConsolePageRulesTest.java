package org.returnport.web.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.returnport.access.AccessRule;

class ConsolePageRulesTest {

  @ParameterizedTest
  @CsvSource({
    "/console/api-keys.xhtml, org.returnport.web.console.ApiKeysBacking",
    "/console/returns.xhtml, org.returnport.web.console.ReturnsBacking",
    "/console/, org.returnport.web.console.IndexBacking",
    // Loyalty console: members, a member's ledger, insights
    "/console/loyalty-members.xhtml, org.returnport.web.console.LoyaltyMembersBacking",
    "/console/loyalty-member.xhtml, org.returnport.web.console.LoyaltyMemberBacking",
    "/console/loyalty-insights.xhtml, org.returnport.web.console.LoyaltyInsightsBacking",
  })
  void aPageIsAnsweredByTheBackingBeanNamedAfterIt(String path, String backing) {
    assertThat(ConsolePageRules.codeOf(path, null)).contains(backing);
  }

  @Test
  void oddAddressesHaveNoCodeAndSoNoRule() {
    assertThat(ConsolePageRules.codeOf("/console/../platform/tenants.xhtml", null)).isEmpty();
    assertThat(ConsolePageRules.codeOf("/console/Policy.xhtml", null)).isEmpty();
    assertThat(ConsolePageRules.codeOf("/platform/tenants.xhtml", null)).isEmpty();
  }

  /** A new console page without a backing bean that states its roles would be refused to all. */
  @Test
  void everyConsolePageStatesItsRolesOnItsBackingBean() throws Exception {
    List<String> pages;
    try (Stream<Path> files = Files.list(Path.of("src/main/webapp/console"))) {
      pages =
          files
              .map(file -> file.getFileName().toString())
              .filter(name -> name.endsWith(".xhtml") && !name.equals("switch.xhtml"))
              .toList();
    }
    assertThat(pages).contains("index.xhtml", "policy.xhtml", "returns.xhtml");
    for (String page : pages) {
      String backing = ConsolePageRules.codeOf("/console/" + page, null).orElseThrow();
      Class<?> type = Class.forName(backing);
      assertThat(AccessRule.of(type).roles()).as(page + " ↔ " + backing).isNotEmpty();
    }
  }
}
