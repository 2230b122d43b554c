package org.returnport.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CookieSecurityTest {

  @ParameterizedTest(name = "{0}: Secure = {1}")
  @CsvSource({
    "https://returns.example.com, true",
    "HTTPS://returns.example.com/, true",
    "' https://returns.example.com:8443 ', true",
    "http://localhost:8080, false",
    "http://returns.example.com, false",
    ", false"
  })
  void cookiesAreSecureWhenThePublicAddressIsHttps(String publicUrl, boolean secure) {
    assertThat(CookieSecurity.isSecure(publicUrl)).isEqualTo(secure);
  }
}
