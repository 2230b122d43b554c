package org.returnport.web.tenancy;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.returnport.tenant.boundary.Tenants;
import org.returnport.tenant.entity.Slug;
import org.returnport.tenant.entity.TenantLogo;

/**
 * Serves a store's logo at {@code /logo/{slug}}. Pages link it with {@code ?v=} and the start of
 * its content hash: such an address never changes its content, so browsers keep it for a year;
 * without it, they revalidate with the ETag. The stored type was read from the bytes at upload.
 */
@WebServlet("/logo/*")
public class LogoServlet extends HttpServlet {

  @Inject Tenants tenants;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String slug = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    Optional<TenantLogo> logo = Slug.isValid(slug) ? tenants.logo(slug) : Optional.empty();
    if (logo.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String etag = "\"" + logo.get().getSha256() + "\"";
    response.setHeader("ETag", etag);
    String version = request.getParameter("v");
    boolean versioned =
        version != null && version.length() >= 16 && logo.get().getSha256().startsWith(version);
    response.setHeader(
        "Cache-Control",
        versioned ? "public, max-age=31536000, immutable" : "public, max-age=300, must-revalidate");
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    byte[] content = logo.get().getContent();
    response.setContentType(logo.get().getContentType());
    response.setContentLength(content.length);
    response.getOutputStream().write(content);
  }
}
