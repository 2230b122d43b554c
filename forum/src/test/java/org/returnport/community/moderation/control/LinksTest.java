package org.returnport.community.moderation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinksTest {

  @Test
  void countsRenderedLinksAndAddressesWrittenInTheText() {
    assertThat(
            Links.count(
                List.of("https://example.com/a"),
                "see www.other.org and http://third.net/x?y=1, thanks"))
        .isEqualTo(3);
  }

  @Test
  void oneAddressSpelledTwoWaysCountsOnce() {
    assertThat(
            Links.count(
                List.of("https://www.example.com/a/", "http://example.com/a"),
                "again: https://EXAMPLE.com/a."))
        .isEqualTo(1);
  }

  @Test
  void aTextWithoutAddressesHasNone() {
    assertThat(Links.count(List.of(), "example dot com, no links; e-mail me at a@b.c")).isZero();
    assertThat(Links.count(List.of(), null)).isZero();
  }
}
