package org.returnport.community.forum.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotesTest {

  @Test
  void aQuoteIsABlockQuoteHeadedByALinkToThePost() {
    assertThat(Quotes.of("Lena", "12-fit?page=1#p3", "Runs small.\n\nOrder one up."))
        .isEqualTo("> [Lena](12-fit?page=1#p3):\n>\n> Runs small.\n>\n> Order one up.\n\n");
  }

  @Test
  void bracketsInTheNameCannotBreakTheLink() {
    assertThat(Quotes.of("a](javascript:x)", "1#p1", "x"))
        .startsWith("> [a\\](javascript:x)](1#p1)");
  }

  @Test
  void longPostsAreQuotedByTheirBeginning() {
    String quote = Quotes.of("Lena", "1#p1", "y".repeat(5000));
    assertThat(quote.length()).isLessThan(Quotes.QUOTE_MAX + 100);
    assertThat(quote).contains("…");
  }
}
