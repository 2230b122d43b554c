package org.returnport.webhooks.control;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * Sends one signed delivery and reports what came back. Redirects are not followed (a redirect
 * could lead into our own network) and count as a failure, like any answer but 2xx; only the start
 * of the answer is read.
 */
public final class WebhookSender {

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(15);
  private static final int READ_MAX = 1024;

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(CONNECT_TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** What an attempt gave: the status (null when no answer came), an excerpt, how long it took. */
  public record Result(Integer status, String excerpt, int millis) {}

  public Result send(
      URI url, String secret, String id, String body, Instant now, boolean allowHttpLocalhost) {
    long start = System.nanoTime();
    try {
      if (!EndpointAddress.mayDeliverTo(url, allowHttpLocalhost)) {
        return new Result(null, "refused: the address resolves into a private network", 0);
      }
      long timestamp = now.getEpochSecond();
      HttpRequest request =
          HttpRequest.newBuilder(url)
              .timeout(ANSWER_TIMEOUT)
              .header("Content-Type", "application/json")
              .header("User-Agent", "Returnport-Webhooks/1")
              .header("webhook-id", id)
              .header("webhook-timestamp", Long.toString(timestamp))
              .header("webhook-signature", WebhookSignature.sign(secret, id, timestamp, body))
              .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
              .build();
      HttpResponse<InputStream> response =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      String excerpt;
      try (InputStream in = response.body()) {
        excerpt = new String(in.readNBytes(READ_MAX), StandardCharsets.UTF_8);
      }
      return new Result(response.statusCode(), excerpt.strip(), millis(start));
    } catch (IOException e) {
      return new Result(null, e.getClass().getSimpleName() + ": " + e.getMessage(), millis(start));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(null, "interrupted", millis(start));
    }
  }

  private static int millis(long start) {
    return (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - start) / 1_000_000);
  }
}
