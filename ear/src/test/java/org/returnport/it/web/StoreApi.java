package org.returnport.it.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** A new store, signed up through its pages, and the API as its integration key calls it. */
public record StoreApi(NewMerchant merchant, String key) {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** Signs a store up and creates an API key in its console, as its admin would. */
  public static StoreApi newStore(String name) {
    NewMerchant merchant = NewMerchant.unique(name);
    WebSession admin = new WebSession();
    merchant.signUp(admin);
    admin.signIn(merchant.email(), merchant.password());
    WebSession.Page created =
        admin.submit(
            admin.get("/console/api-keys.xhtml"), "create", Map.of("label", "sync"), "submit");
    return new StoreApi(merchant, created.document().getElementById("keyText").text());
  }

  public HttpResponse<String> get(String path, String... headers) {
    return send(request(path, headers).GET());
  }

  public HttpResponse<String> post(String path, String body, String... headers) {
    return send(
        json(request(path, headers), headers).POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public HttpResponse<String> put(String path, String body, String... headers) {
    return send(
        json(request(path, headers), headers).PUT(HttpRequest.BodyPublishers.ofString(body)));
  }

  public static JsonObject json(HttpResponse<String> response) {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  private HttpRequest.Builder request(String path, String... headers) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(WebSession.BASE.resolve(path)).header("X-Api-Key", key);
    for (int i = 0; i < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return builder;
  }

  /** JSON unless the headers say otherwise. */
  private static HttpRequest.Builder json(HttpRequest.Builder builder, String... headers) {
    for (int i = 0; i < headers.length; i += 2) {
      if (headers[i].equalsIgnoreCase("Content-Type")) {
        return builder;
      }
    }
    return builder.header("Content-Type", "application/json");
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
