package org.returnport.it.community.reviews;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.returnport.access.Caller;
import org.returnport.community.moderation.ModerationDecision;
import org.returnport.community.reviews.boundary.ReviewInput;
import org.returnport.community.reviews.boundary.ReviewView;
import org.returnport.community.reviews.boundary.Reviews;
import org.returnport.community.reviews.entity.Fit;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.identity.control.KeycloakSettings;
import org.returnport.tenant.boundary.TenantResolution;

/**
 * What the review pages do for a signed-in member, over HTTP for the tests: the member is the owner
 * of the Keycloak token in {@code X-Person-Token} (asked of Keycloak, so a forged one is nobody),
 * the store is entered by its slug as the shopper pages enter it; then one call of the reviews
 * boundary, or a moderator's decision. Answers JSON; a refusal answers its message key.
 */
@WebServlet("/it/reviews")
public class ReviewDriver extends HttpServlet {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Inject Reviews reviews;

  @Inject ModerationFiring moderation;

  @Inject Caller caller;

  @Inject TenantResolution tenants;

  @Inject KeycloakSettings keycloak;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (tenants.enterBySlug(request.getParameter("store")).isEmpty()) {
      write(response, 404, Json.createObjectBuilder().add("error", "store"));
      return;
    }
    String token = request.getHeader("X-Person-Token");
    if (token != null) {
      JsonObject person = userinfo(token);
      if (person != null) {
        caller.actAsPerson(person.getString("sub"), person.getString("email", null));
      }
    }
    JsonObject body;
    try (var reader = Json.createReader(request.getReader())) {
      body = request.getContentLength() > 0 ? reader.readObject() : JsonObject.EMPTY_JSON_OBJECT;
    }
    try {
      write(response, 200, call(request.getParameter("op"), body));
    } catch (RejectedException e) {
      write(response, 422, Json.createObjectBuilder().add("key", e.messageKey()));
    } catch (NotFoundException e) {
      write(response, 404, Json.createObjectBuilder().add("error", "not-found"));
    }
  }

  private JsonObjectBuilder call(String op, JsonObject body) {
    String sku = body.getString("sku", null);
    return switch (op) {
      case "write" ->
          view(
              reviews.write(
                  sku,
                  new ReviewInput(
                      body.containsKey("stars") ? body.getInt("stars") : null,
                      body.getString("title", null),
                      body.getString("text", null),
                      body.containsKey("fit") ? Fit.valueOf(body.getString("fit")) : null)));
      case "withdraw" -> {
        reviews.withdraw(sku);
        yield Json.createObjectBuilder();
      }
      case "helpful" ->
          Json.createObjectBuilder()
              .add("helpful", reviews.markHelpful(body.getJsonNumber("review").longValue()));
      case "history" -> {
        JsonArrayBuilder versions = Json.createArrayBuilder();
        reviews
            .history(body.getJsonNumber("review").longValue())
            .forEach(
                v ->
                    versions.add(
                        Json.createObjectBuilder()
                            .add("revision", v.revision())
                            .add("stars", v.stars())
                            .add("title", v.title())));
        yield Json.createObjectBuilder().add("versions", versions);
      }
      case "moderate" -> {
        moderation.decide(
            body.getJsonNumber("review").longValue(),
            ModerationDecision.Action.valueOf(body.getString("action")),
            body.getString("reason", "rules"));
        yield Json.createObjectBuilder();
      }
      default -> throw new IllegalArgumentException(op);
    };
  }

  private static JsonObjectBuilder view(ReviewView review) {
    return Json.createObjectBuilder()
        .add("id", review.id())
        .add("stars", review.stars())
        .add("title", review.title())
        .add("state", review.state().name())
        .add("revision", review.revision())
        .add("verifiedPurchase", review.verifiedPurchase())
        .add("verifiedReturn", review.verifiedReturn())
        .add("fit", review.fit() == null ? "" : review.fit().name());
  }

  private JsonObject userinfo(String token) throws IOException {
    try {
      HttpResponse<String> answer =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create(keycloak.realmUrl() + "/protocol/openid-connect/userinfo"))
                  .header("Authorization", "Bearer " + token)
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        return null;
      }
      try (var reader = Json.createReader(new StringReader(answer.body()))) {
        return reader.readObject();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private static void write(HttpServletResponse response, int status, JsonObjectBuilder body)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(body.build().toString());
  }
}
