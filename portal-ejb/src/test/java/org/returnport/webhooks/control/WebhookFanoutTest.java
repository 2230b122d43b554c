package org.returnport.webhooks.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookFanoutTest {

  @Test
  void theBodyIsTheTypeTheTimeAndTheEventsFieldsWithItsIdButNoStore() {
    String body =
        WebhookFanout.body(
            "ReturnSettled",
            "0b6c6f3e-4a4e-4c59-9f1e-8d9c1b8f2a10",
            Instant.parse("2026-12-01T09:30:00Z"),
            "{\"rma\":\"R-1001\",\"refunded\":{\"amount\":\"43.05\",\"currency\":\"EUR\"}}");

    JsonObject json = Json.createReader(new StringReader(body)).readObject();
    assertThat(json.keySet()).containsExactly("type", "timestamp", "data");
    assertThat(json.getString("type")).isEqualTo("ReturnSettled");
    assertThat(json.getString("timestamp")).isEqualTo("2026-12-01T09:30:00Z");
    JsonObject data = json.getJsonObject("data");
    assertThat(data.getString("eventId")).isEqualTo("0b6c6f3e-4a4e-4c59-9f1e-8d9c1b8f2a10");
    assertThat(data.getString("rma")).isEqualTo("R-1001");
    assertThat(data.getJsonObject("refunded").getString("amount")).isEqualTo("43.05");
    assertThat(data.keySet()).doesNotContain("tenant", "tenantId", "store");
  }
}
