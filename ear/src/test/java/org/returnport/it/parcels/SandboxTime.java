package org.returnport.it.parcels;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.returnport.it.web.WebSession;

/**
 * Time for the parcel tests: moving the sandbox carrier's clock (through {@link
 * SandboxClockDriver}) and waiting until the carrier worker and the pollers have done their part.
 */
public final class SandboxTime {

  static final Duration PATIENCE = Duration.ofSeconds(90);

  // HTTP/1.1 as AfterShip sends them; the client's default h2c upgrade gets in the way of a body
  // the server refuses before reading it.
  static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private SandboxTime() {}

  static void advance(Duration by) throws IOException, InterruptedException {
    HttpResponse<String> moved =
        HTTP.send(
            HttpRequest.newBuilder(WebSession.BASE.resolve("/it/sandbox-clock?advance=" + by))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
  }

  /** Reads until the value is done, or fails after {@link #PATIENCE}. */
  public static <T> T waitFor(Supplier<T> read, Predicate<T> done) {
    Instant until = Instant.now().plus(PATIENCE);
    T value = read.get();
    while (!done.test(value)) {
      if (Instant.now().isAfter(until)) {
        throw new AssertionError("not reached within " + PATIENCE + ": " + value);
      }
      LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
      value = read.get();
    }
    return value;
  }
}
