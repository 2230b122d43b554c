package org.returnport.web.shop.community;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SitemapServletTest {

  @Test
  void addressesAreEscapedForXml() {
    assertThat(SitemapServlet.escape("https://x.test/s/a&b/c?d=<e>'\""))
        .isEqualTo("https://x.test/s/a&amp;b/c?d=&lt;e&gt;&apos;&quot;");
  }
}
