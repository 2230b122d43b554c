package org.returnport.webhooks.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.returnport.errors.RejectedException;

class EndpointAddressTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://hooks.example.com/returnport",
        "https://example.com:8443/in?store=1",
        "https://93.184.216.34/hook"
      })
  void takesHttpsOnTheInternet(String url) {
    assertThat(EndpointAddress.check(url, false).toString()).isEqualTo(url);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "http://hooks.example.com/x, webhooks.url.https",
    "ftp://hooks.example.com/x, webhooks.url.https",
    "https://localhost/x, webhooks.url.internal",
    "https://127.0.0.1/x, webhooks.url.internal",
    "https://[::1]/x, webhooks.url.internal",
    "https://10.1.2.3/x, webhooks.url.internal",
    "https://192.168.0.10/x, webhooks.url.internal",
    "https://172.16.5.4/x, webhooks.url.internal",
    "https://169.254.169.254/latest/meta-data, webhooks.url.internal",
    "https://0.0.0.0/x, webhooks.url.internal",
    "https://[fd00::1]/x, webhooks.url.internal",
    "https://100.64.0.1/x, webhooks.url.internal",
    "https://db.internal/x, webhooks.url.internal",
    "https://intranet/x, webhooks.url.internal",
    "https://2130706433/x, webhooks.url.invalid",
    "https://0x7f.1/x, webhooks.url.invalid",
    "https://user:pw@example.com/x, webhooks.url.invalid",
    "not a url, webhooks.url.invalid",
    "'', webhooks.url.missing"
  })
  void refusesEverythingElse(String url, String key) {
    assertThatThrownBy(() -> EndpointAddress.check(url, false))
        .isInstanceOfSatisfying(
            RejectedException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo(key);
              assertThat(e.field()).isEqualTo("url");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://localhost:9000/hook", "http://127.0.0.1:9000/hook"})
  void takesHttpToLocalhostOnlyWhereAllowed(String url) {
    assertThat(EndpointAddress.check(url, true).toString()).isEqualTo(url);
    assertThatThrownBy(() -> EndpointAddress.check(url, false))
        .isInstanceOf(RejectedException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://10.0.0.1/hook", "http://example.com/hook"})
  void theLocalhostAllowanceOpensNothingElse(String url) {
    assertThatThrownBy(() -> EndpointAddress.check(url, true))
        .isInstanceOf(RejectedException.class);
  }
}
