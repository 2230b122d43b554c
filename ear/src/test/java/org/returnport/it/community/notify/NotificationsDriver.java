package org.returnport.it.community.notify;

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
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.returnport.access.Caller;
import org.returnport.community.notifications.boundary.DigestJob;
import org.returnport.community.notifications.boundary.Notifications;
import org.returnport.community.notifications.entity.NotificationSetting.MailMode;
import org.returnport.errors.NotFoundException;
import org.returnport.identity.control.KeycloakSettings;
import org.returnport.tenant.boundary.TenantResolution;
import org.returnport.tenant.boundary.Tenants;

/**
 * The tests' way in to notifications over HTTP: the store is entered by its slug as the shopper
 * pages enter it, the person is the owner of the Keycloak access token in {@code X-Person-Token}
 * (asked of Keycloak's userinfo endpoint), and one call is made: of {@link Notifications} as the
 * notifications page makes them, of {@link NotificationsFiring} as the forum and reviews would
 * fire, or of the digest job for the store.
 */
@WebServlet("/it/notifications")
public class NotificationsDriver extends HttpServlet {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Inject Notifications notifications;

  @Inject NotificationsFiring firing;

  @Inject DigestJob digests;

  @Inject Caller caller;

  @Inject TenantResolution resolution;

  @Inject Tenants tenants;

  @Inject KeycloakSettings keycloak;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String store = request.getParameter("store");
    if (resolution.enterBySlug(store).isEmpty()) {
      response.sendError(404);
      return;
    }
    String token = request.getHeader("X-Person-Token");
    if (token != null) {
      JsonObject person = userinfo(token);
      if (person != null) {
        caller.actAsPerson(person.getString("sub"), person.getString("email", null));
      }
    }
    JsonObjectBuilder answer = Json.createObjectBuilder();
    try {
      switch (request.getParameter("op")) {
        case "topic" ->
            answer.add(
                "topic", firing.topic(number(request, "author"), request.getParameter("title")));
        case "subscribe" -> firing.subscribe(number(request, "topic"), number(request, "member"));
        case "reply" ->
            firing.reply(
                number(request, "topic"),
                number(request, "author"),
                request.getParameter("text"),
                ids(request.getParameter("mentioned")));
        case "reviewReply" ->
            firing.reviewReplied(number(request, "review"), number(request, "member"));
        case "unread" ->
            notifications.unreadCount().ifPresent(count -> answer.add("unread", count));
        case "list" -> {
          JsonArrayBuilder items = Json.createArrayBuilder();
          for (Notifications.Item item : notifications.list()) {
            items.add(
                Json.createObjectBuilder()
                    .add("id", item.id())
                    .add("kind", item.kind().name())
                    .add("subject", item.subject())
                    .add("excerpt", item.excerpt())
                    .add("path", item.path())
                    .add("read", item.read()));
          }
          answer.add("items", items);
        }
        case "read" -> answer.add("path", notifications.markRead(number(request, "id")));
        case "readAll" -> answer.add("marked", notifications.markAllRead());
        case "mode" -> notifications.changeMailMode(MailMode.valueOf(request.getParameter("mode")));
        case "digest" -> answer.add("sent", digests.run(tenants.require(store), Instant.now()));
        default -> throw new IllegalArgumentException(request.getParameter("op"));
      }
    } catch (NotFoundException e) {
      response.setStatus(404);
      answer.add("error", "not-found");
    }
    response.setContentType("application/json");
    response.getWriter().write(answer.build().toString());
  }

  private static long number(HttpServletRequest request, String name) {
    return Long.parseLong(request.getParameter(name));
  }

  private static List<Long> ids(String list) {
    return list == null || list.isBlank()
        ? List.of()
        : Arrays.stream(list.split(",")).map(Long::valueOf).toList();
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
}
