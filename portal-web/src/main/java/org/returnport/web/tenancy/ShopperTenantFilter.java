package org.returnport.web.tenancy;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.returnport.tenant.boundary.TenantResolution;
import org.returnport.tenant.boundary.Tenants;
import org.returnport.tenant.entity.Slug;
import org.returnport.tenant.entity.Tenant;
import org.returnport.web.security.MemberSignIn;

/**
 * Shopper pages live under {@code /s/{slug}/...}: this filter enters the tenant named by the slug
 * and names the matching view of {@code /shop/} for {@link ShopPageServlet} to show. An unknown
 * slug gets the not-found page, a suspended tenant a page saying the store is unavailable. Member
 * pages ({@link ShopPages#isMemberPage}) ask for a sign-in first ({@link MemberSignIn}).
 */
@WebFilter(urlPatterns = "/s/*")
public class ShopperTenantFilter extends HttpFilter {

  @Inject TenantResolution resolution;

  @Inject ShopperStore store;

  @Inject Tenants tenants;

  @Inject MemberSignIn memberSignIn;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String prefix = request.getContextPath() + "/s";
    ShopPath path = ShopPath.parse(request.getRequestURI().substring(prefix.length()));
    if (path == null || !Slug.isValid(path.slug())) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Optional<Tenant> tenant = resolution.enterBySlug(path.slug());
    if (tenant.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (path.page().isEmpty() && !request.getRequestURI().endsWith("/")) {
      response.sendRedirect(request.getRequestURI() + "/");
      return;
    }
    store.show(tenant.get(), tenants.logoVersion(tenant.get()));
    if (tenant.get().isActive()
        && ShopPages.isMemberPage(path.page())
        && !memberSignIn.signedIn(request, response, path.slug())) {
      return;
    }
    String view = tenant.get().isActive() ? path.view() : "/shop/suspended.xhtml";
    if (view == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    request.setAttribute(ShopPageServlet.VIEW, view);
    path.rest().ifPresent(rest -> request.setAttribute(ShopPages.PAGE_REST, rest));
    chain.doFilter(request, response);
  }

  /**
   * {@code /{slug}/{page}} split; the page names one view of {@code /shop/}. Read from the request
   * URI: the path info belongs to whichever servlet serves the URL, here the default one.
   */
  record ShopPath(String slug, String page) {

    static ShopPath parse(String path) {
      if (path.length() < 2) {
        return null;
      }
      String[] parts = path.substring(1).split("/", 2);
      return new ShopPath(parts[0], parts.length > 1 ? parts[1] : "");
    }

    String view() {
      return ShopPages.view(page).orElse(null);
    }

    /** What follows the page's own address when the page takes an id ({@code 12-some-title}). */
    Optional<String> rest() {
      return ShopPages.route(page)
          .filter(ShopPages.Route::prefixed)
          .map(route -> page.substring(route.page().length()));
    }
  }
}
