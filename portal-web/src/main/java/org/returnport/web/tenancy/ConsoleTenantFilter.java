package org.returnport.web.tenancy;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.returnport.tenant.boundary.TenantResolution;
import org.returnport.tenant.entity.Tenant;

/**
 * Console pages act for the store the signed-in user chose among the Keycloak organizations it is a
 * member of (the only one, if there is one). A user of no active store gets the not-found page.
 */
@WebFilter(urlPatterns = "/console/*")
public class ConsoleTenantFilter extends HttpFilter {

  static final String CHOSEN = "returnport.console.tenant";
  private static final String SWITCH_PAGE = "/console/switch.xhtml";

  @Inject OpenIdContext openId;

  @Inject TenantResolution resolution;

  @Inject ConsoleStore store;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    List<String> memberships = memberships();
    String wanted = request.getParameter("store");
    if (wanted != null && memberships.contains(wanted)) {
      request.getSession().setAttribute(CHOSEN, wanted);
    }
    String chosen = (String) request.getSession().getAttribute(CHOSEN);
    if (chosen == null && memberships.size() == 1) {
      chosen = memberships.get(0);
    }
    Optional<Tenant> tenant = resolution.enterAsStaff(chosen, memberships);
    boolean switching = request.getServletPath().equals(SWITCH_PAGE);
    if (tenant.isEmpty() && !(switching && memberships.size() > 1)) {
      if (memberships.size() > 1) {
        response.sendRedirect(request.getContextPath() + SWITCH_PAGE);
      } else {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
      }
      return;
    }
    store.show(tenant.orElse(null), memberships);
    chain.doFilter(request, response);
  }

  private List<String> memberships() {
    if (openId.getIdentityToken() == null) {
      return List.of();
    }
    List<String> organizations =
        openId.getIdentityToken().getJwtClaims().getArrayStringClaim("organization");
    return organizations == null ? List.of() : organizations;
  }
}
