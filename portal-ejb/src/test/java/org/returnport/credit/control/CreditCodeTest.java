package org.returnport.credit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CreditCodeTest {

  @Provide
  Arbitrary<String> codes() {
    return Arbitraries.strings()
        .withChars(CreditCode.ALPHABET.toCharArray())
        .ofLength(CreditCode.LENGTH - 1)
        .map(body -> body + CreditCode.checkSymbol(body));
  }

  @Property
  void aCodeWithItsCheckSymbolChecks(@ForAll("codes") String code) {
    assertThat(CreditCode.checks(code)).isTrue();
  }

  @Property
  void everySingleWrongSymbolIsCaught(@ForAll("codes") String code) {
    for (int position = 0; position < code.length(); position++) {
      for (char wrong : CreditCode.ALPHABET.toCharArray()) {
        if (wrong == code.charAt(position)) {
          continue;
        }
        String typed = code.substring(0, position) + wrong + code.substring(position + 1);
        assertThat(CreditCode.checks(typed)).as("%s typed as %s", code, typed).isFalse();
      }
    }
  }

  @Property
  void everySwapOfNeighboursIsCaught(@ForAll("codes") String code) {
    for (int position = 0; position + 1 < code.length(); position++) {
      char a = code.charAt(position);
      char b = code.charAt(position + 1);
      if (a == b) {
        continue;
      }
      String typed = code.substring(0, position) + b + a + code.substring(position + 2);
      assertThat(CreditCode.checks(typed)).as("%s typed as %s", code, typed).isFalse();
    }
  }

  @Test
  void newCodesAreGroupedChecksAndDiffer() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String code = CreditCode.generate();
      assertThat(code).matches("([2-9A-HJ-NP-Z]{4}-){4}[2-9A-HJ-NP-Z]{4}");
      String normalized = CreditCode.normalize(code).orElseThrow();
      assertThat(CreditCode.checks(normalized)).isTrue();
      assertThat(seen.add(normalized)).isTrue();
    }
  }

  @Test
  void typedCodesAreNormalizedAndBadShapesRefused() {
    String code = CreditCode.generate();
    String bare = code.replace("-", "");

    assertThat(CreditCode.normalize(" " + code.toLowerCase() + " ")).contains(bare);
    assertThat(CreditCode.normalize(bare.substring(0, 8) + " " + bare.substring(8))).contains(bare);
    assertThat(CreditCode.normalize(bare.substring(1))).isEmpty();
    assertThat(CreditCode.normalize("0" + bare.substring(1)))
        .as("0 is not in the alphabet")
        .isEmpty();
    assertThat(CreditCode.normalize(null)).isEmpty();
    assertThat(CreditCode.grouped(bare)).isEqualTo(code);
    assertThat(CreditCode.last4(bare)).isEqualTo(code.substring(code.length() - 4));
  }

  @Test
  void theHashFindsTheCodeWithoutKeepingIt() {
    String bare = CreditCode.normalize(CreditCode.generate()).orElseThrow();

    assertThat(CreditCode.hash(bare))
        .hasSize(64)
        .isEqualTo(CreditCode.hash(bare))
        .doesNotContain(bare);
  }
}
