package org.returnport.it.credit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.returnport.it.web.StoreApi;
import org.returnport.it.web.WebSession;

/**
 * What the tests ask of {@link CreditPayoutDriver}: announce a return's payout as the settlement
 * does, or let a card expire.
 */
public final class CreditPayouts {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private CreditPayouts() {}

  /** Announces a payout of the return in euros, as the settlement fires it. */
  public static void due(
      StoreApi shop, String rma, String key, String method, String amount, String bonus) {
    drive(
        shop,
        Map.of(
            "op",
            "due",
            "rma",
            rma,
            "key",
            key,
            "method",
            method,
            "amount",
            amount,
            "bonus",
            bonus,
            "currency",
            "EUR"));
  }

  public static JsonObject drive(StoreApi shop, Map<String, String> parameters) {
    StringBuilder form = new StringBuilder("store=" + shop.merchant().slug());
    parameters.forEach(
        (name, value) ->
            form.append('&')
                .append(name)
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
    try {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(WebSession.BASE + "/it/credit-payouts"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      return StoreApi.json(response);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
