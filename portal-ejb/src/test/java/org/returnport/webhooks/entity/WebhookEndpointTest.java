package org.returnport.webhooks.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebhookEndpointTest {

  private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");
  private static final Duration WINDOW = Duration.ofHours(72);

  @Test
  void wantsTheTypesAskedForOrAll() {
    WebhookEndpoint some =
        new WebhookEndpoint(
            "https://e.example", Set.of("ReturnSettled", "PayoutDone"), null, "s", T0);
    WebhookEndpoint all = new WebhookEndpoint("https://e.example", Set.of(), null, "s", T0);

    assertThat(some.wants("ReturnSettled")).isTrue();
    assertThat(some.wants("ReturnRequested")).isFalse();
    assertThat(all.wants("ReturnRequested")).isTrue();
  }

  @Test
  void isDisabledOnlyWhenEveryAttemptFailedForTheWholeWindow() {
    WebhookEndpoint cut = new WebhookEndpoint("https://e.example", Set.of(), null, "s", T0);

    assertThat(cut.failed(T0, WINDOW, 0)).isFalse();
    assertThat(cut.failed(T0.plus(Duration.ofHours(71)), WINDOW, 0)).isFalse();
    cut.succeeded();
    assertThat(cut.failed(T0.plus(Duration.ofHours(72)), WINDOW, 0))
        .as("a success started the count again")
        .isFalse();
    assertThat(cut.failed(T0.plus(Duration.ofHours(144)), WINDOW, 0)).isTrue();
    assertThat(cut.isEnabled()).isFalse();
    assertThat(cut.failed(T0.plus(Duration.ofHours(145)), WINDOW, 0))
        .as("disabled once, mailed once")
        .isFalse();

    cut.enable();
    assertThat(cut.isEnabled()).isTrue();
    assertThat(cut.getConsecutiveFailures()).isZero();
  }

  @Test
  void isDisabledWhenADeliveryIsGivenUpWithNoSuccessSinceItsFirstAttempt() {
    WebhookEndpoint cut = new WebhookEndpoint("https://e.example", Set.of(), null, "s", T0);
    WebhookEndpoint succeededBetween =
        new WebhookEndpoint("https://e.example", Set.of(), null, "s", T0);

    for (int i = 1; i < 12; i++) {
      assertThat(cut.failed(T0.plus(Duration.ofHours(i)), WINDOW, 0)).isFalse();
      succeededBetween.failed(T0.plus(Duration.ofHours(i)), WINDOW, 0);
    }
    succeededBetween.succeeded();

    assertThat(cut.failed(T0.plus(Duration.ofHours(70)), WINDOW, 12)).isTrue();
    assertThat(succeededBetween.failed(T0.plus(Duration.ofHours(70)), WINDOW, 12))
        .as("another delivery got through meanwhile: the endpoint works")
        .isFalse();
  }
}
