package org.returnport.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.returnport.it.Deployments;

/**
 * /api/v1 as integrations use it: with a store's API key or a staff member's Keycloak token, and
 * never reaching another store.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ApiIT {

  static final HttpClient HTTP = HttpClient.newHttpClient();

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @Test
  void withoutCredentialsTheAnswerIsAnUnauthorizedProblem() throws Exception {
    HttpResponse<String> response = call("/api/v1/store", Map.of("Accept-Language", "zh-CN"));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .get()
        .asString()
        .startsWith("Bearer");
    JsonObject problem = json(response);
    assertThat(problem.getString("code")).isEqualTo("unauthorized");
    assertThat(problem.getString("title")).contains("API 密钥");
  }

  @Test
  void aStaffTokenReachesItsOwnStoreAndNoOther() throws Exception {
    NewMerchant mine = NewMerchant.unique("Token Shop");
    NewMerchant theirs = NewMerchant.unique("Other Token Shop");
    mine.signUp(new WebSession());
    theirs.signUp(new WebSession());
    String token = accessToken(mine.email(), mine.password());

    HttpResponse<String> own = call("/api/v1/store", Map.of("Authorization", "Bearer " + token));
    HttpResponse<String> other =
        call(
            "/api/v1/store",
            Map.of("Authorization", "Bearer " + token, "X-Returnport-Store", theirs.slug()));
    HttpResponse<String> forged =
        call(
            "/api/v1/store",
            Map.of("Authorization", "Bearer " + token.substring(0, token.length() - 4) + "AAAA"));

    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(json(own).getString("slug")).isEqualTo(mine.slug());
    assertThat(json(own).getString("name")).isEqualTo("Token Shop");
    assertThat(other.statusCode()).isEqualTo(404);
    assertThat(json(other).getString("code")).isEqualTo("not-found");
    assertThat(forged.statusCode()).isEqualTo(401);
  }

  @Test
  void anApiKeyWorksForItsStoreUntilItIsRevoked() throws Exception {
    NewMerchant merchant = NewMerchant.unique("Key Shop");
    WebSession admin = new WebSession();
    merchant.signUp(admin);
    admin.signIn(merchant.email(), merchant.password());
    WebSession.Page created =
        admin.submit(
            admin.get("/console/api-keys.xhtml"), "create", Map.of("label", "Shop sync"), "submit");
    String key = created.document().getElementById("keyText").text();
    assertThat(key).startsWith("rp_").hasSize(43);

    HttpResponse<String> store = call("/api/v1/store", Map.of("X-Api-Key", key));
    HttpResponse<String> staff = call("/api/v1/staff?size=10", Map.of("X-Api-Key", key));
    HttpResponse<String> badPage = call("/api/v1/staff?size=0", Map.of("X-Api-Key", key));
    assertThat(store.statusCode()).isEqualTo(200);
    assertThat(json(store).getString("slug")).isEqualTo(merchant.slug());
    assertThat(staff.statusCode()).isEqualTo(200);
    assertThat(json(staff).getInt("size")).isEqualTo(10);
    assertThat(badPage.statusCode()).isEqualTo(400);
    assertThat(json(badPage).getString("code")).isEqualTo("invalid");

    WebSession.Page keys = admin.get("/console/api-keys.xhtml");
    String revoke = keys.document().selectFirst("input[value=Revoke]").attr("name");
    admin.submit(keys, "keys", Map.of(), revoke.substring("keys:".length()));

    assertThat(call("/api/v1/store", Map.of("X-Api-Key", key)).statusCode()).isEqualTo(401);
    assertThat(call("/api/v1/store", Map.of("X-Api-Key", "rp_" + "x".repeat(40))).statusCode())
        .isEqualTo(401);
  }

  private static String accessToken(String email, String password) throws Exception {
    return KeycloakForTests.accessToken(email, password);
  }

  private static HttpResponse<String> call(String path, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(WebSession.BASE.resolve(path)).GET();
    headers.forEach(request::header);
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(HttpResponse<String> response) {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }
}
