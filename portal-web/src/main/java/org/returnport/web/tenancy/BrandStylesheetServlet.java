package org.returnport.web.tenancy;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.returnport.tenant.boundary.Tenants;
import org.returnport.tenant.entity.Branding;
import org.returnport.tenant.entity.Slug;
import org.returnport.tenant.entity.Tenant;

/**
 * Serves a store's colours at {@code /brand/{slug}.css}. Pages link it with {@code ?v=} naming the
 * colours, so browsers may keep it for a year; an old or missing version is answered with the
 * current colours and kept only briefly.
 */
@WebServlet("/brand/*")
public class BrandStylesheetServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final String SUFFIX = ".css";

  @Inject transient Tenants tenants;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    String slug = name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : "";
    Optional<Tenant> tenant = Slug.isValid(slug) ? tenants.findBySlug(slug) : Optional.empty();
    if (tenant.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Branding branding = tenant.get().branding();
    boolean versioned = BrandStylesheet.version(branding).equals(request.getParameter("v"));
    response.setHeader(
        "Cache-Control",
        versioned ? "public, max-age=31536000, immutable" : "public, max-age=300, must-revalidate");
    byte[] css = BrandStylesheet.of(branding).getBytes(StandardCharsets.UTF_8);
    response.setContentType("text/css;charset=UTF-8");
    response.setContentLength(css.length);
    response.getOutputStream().write(css);
  }
}
