package org.returnport.it.loyalty;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;
import org.returnport.loyalty.ledger.entity.LedgerEntry;
import org.returnport.tenant.boundary.TenantResolution;

/**
 * {@code POST /it/loyalty?store=slug&op=...}: a member's points ({@code points&member=id}), the
 * hold release as if {@code days} had passed ({@code release&days=n}), a replay of a review's
 * announcement ({@code replay&review=id}), points spent ({@code spend&member=id&points=n&key=k}).
 * Each entry comes with its explanation as the pages format it, in English and Chinese.
 */
@WebServlet("/it/loyalty")
public class LoyaltyDriver extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject TenantResolution tenants;

  @Inject EarningProbe probe;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (tenants.enterBySlug(request.getParameter("store")).isEmpty()) {
      response.sendError(404);
      return;
    }
    JsonObjectBuilder answer = Json.createObjectBuilder();
    switch (request.getParameter("op")) {
      case "points" -> {
        EarningProbe.Points points = probe.points(Long.parseLong(request.getParameter("member")));
        JsonArrayBuilder entries = Json.createArrayBuilder();
        points.entries().forEach(entry -> entries.add(entry(entry)));
        answer
            .add("balance", points.balance())
            .add("pending", points.pending())
            .add("debt", points.debt())
            .add("recountBalance", points.recount().balance())
            .add("recountPending", points.recount().pending())
            .add("entries", entries);
      }
      case "release" ->
          answer.add(
              "confirmed",
              probe.releaseDue(
                  Instant.now()
                      .plus(Duration.ofDays(Long.parseLong(request.getParameter("days"))))));
      case "replay" -> probe.replay(Long.parseLong(request.getParameter("review")));
      case "spend" ->
          probe.spend(
              Long.parseLong(request.getParameter("member")),
              Long.parseLong(request.getParameter("points")),
              request.getParameter("key"));
      default -> {
        response.sendError(400);
        return;
      }
    }
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(answer.build().toString());
  }

  private static JsonObjectBuilder entry(LedgerEntry entry) {
    return Json.createObjectBuilder()
        .add("kind", entry.getKind().name())
        .add("points", entry.getPoints())
        .add("pendingPoints", entry.getPendingPoints())
        .add("sourceKey", entry.getSourceKey())
        .add("source", entry.getSource())
        .add("messageKey", entry.getMessageKey())
        .add(
            "confirmAfter",
            entry.getConfirmAfter() == null ? "" : entry.getConfirmAfter().toString())
        .add("createdAt", entry.getCreatedAt().toString())
        .add("en", explained(entry, Locale.ENGLISH))
        .add("zh", explained(entry, Locale.SIMPLIFIED_CHINESE));
  }

  private static String explained(LedgerEntry entry, Locale locale) {
    ResourceBundle bundle = ResourceBundle.getBundle("org.returnport.web.i18n.messages", locale);
    if (!bundle.containsKey(entry.getMessageKey())) {
      return "";
    }
    return new MessageFormat(bundle.getString(entry.getMessageKey()), locale)
        .format(entry.getMessageArgs().toArray());
  }
}
