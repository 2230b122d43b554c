package org.returnport.it.community.perf;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.returnport.tenant.boundary.TenantResolution;

/**
 * Tells the application that a store's content changed, as the forum does when a post is published:
 * {@code POST /it/perf/content-changed?store={slug}}. Added to the web module for the guest page
 * cache's test only.
 */
@WebServlet("/it/perf/content-changed")
public class ContentChangedServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient TenantResolution resolution;

  @Inject transient ContentChangedFiring firing;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) {
    if (resolution.enterBySlug(request.getParameter("store")).isEmpty()) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    firing.hidden();
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }
}
