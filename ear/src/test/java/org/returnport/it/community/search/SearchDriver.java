package org.returnport.it.community.search;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.returnport.community.content.ContentKind;
import org.returnport.tenant.boundary.TenantResolution;

/**
 * The tests' way in to {@link SearchFiring} over HTTP: the store is entered by its slug, as the
 * shopper pages enter it; {@code daysAgo} dates the document.
 */
@WebServlet("/it/community-search")
public class SearchDriver extends HttpServlet {

  @Inject SearchFiring firing;

  @Inject TenantResolution tenants;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    request.setCharacterEncoding("UTF-8");
    if (tenants.enterBySlug(request.getParameter("store")).isEmpty()) {
      response.sendError(404);
      return;
    }
    String title = request.getParameter("title");
    firing.changed(
        ContentKind.valueOf(request.getParameter("kind")),
        Long.parseLong(request.getParameter("id")),
        Boolean.parseBoolean(request.getParameter("visible")),
        title == null || title.isEmpty() ? null : title,
        request.getParameter("text"),
        Instant.now().minus(Duration.ofDays(Long.parseLong(request.getParameter("daysAgo")))),
        request.getParameter("path"));
    response.setStatus(204);
  }
}
