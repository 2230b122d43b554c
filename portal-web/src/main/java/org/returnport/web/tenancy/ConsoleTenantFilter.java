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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.returnport.access.Caller;
import org.returnport.access.StaffRole;
import org.returnport.identity.control.KeycloakAdmin;
import org.returnport.tenant.boundary.TenantResolution;
import org.returnport.tenant.boundary.Tenants;
import org.returnport.tenant.entity.Tenant;

/**
 * Console pages act for the store the signed-in user chose among the Keycloak organizations it is a
 * member of (the only one, if there is one), with the role that store gave the person's Keycloak
 * user id. A user of no active store, or without a role the page's code admits ({@link
 * ConsolePageRules}), gets the not-found page.
 */
@WebFilter(urlPatterns = "/console/*")
public class ConsoleTenantFilter extends HttpFilter {

  static final String CHOSEN = "returnport.console.tenant";
  private static final String MEMBERSHIPS = "returnport.console.memberships";
  private static final String SWITCH_PAGE = "/console/switch.xhtml";
  private static final String SUSPENDED_PAGE = "/WEB-INF/errors/suspended.xhtml";
  private static final String UNVERIFIED_PAGE = "/unverified.xhtml";
  @Inject OpenIdContext openId;

  @Inject TenantResolution resolution;

  @Inject ConsoleStore store;

  @Inject Caller caller;

  @Inject Tenants tenants;

  @Inject KeycloakAdmin keycloak;

  private final ConsolePageRules pageRules = new ConsolePageRules();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getSession().getAttribute(MEMBERSHIPS) == null && isEndedInKeycloak()) {
      // The account changed hands (its address was proved by someone else, who set a new
      // password): a sign-in from before that must not reach the stores it joins now.
      request.logout();
      request.getSession().invalidate();
      if (!response.isCommitted()) {
        response.sendRedirect(request.getContextPath() + "/signin");
      }
      return;
    }
    List<String> memberships = memberships(request);
    String chosen = (String) request.getSession().getAttribute(CHOSEN);
    if (chosen == null && memberships.size() == 1) {
      chosen = memberships.get(0);
    }
    Optional<Tenant> tenant = resolution.enterAsStaff(chosen, memberships);
    if (tenant.isEmpty() && isUnverifiedMembership(chosen, memberships)) {
      // The store opens once its sign-up address is confirmed: say so, and offer the link again.
      response.sendRedirect(request.getContextPath() + UNVERIFIED_PAGE);
      return;
    }
    if (tenant.isEmpty() && isSuspendedMembership(chosen, memberships)) {
      // Its own staff may know why they cannot work: the operator suspended the store.
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      request.setAttribute("suspendedStore", chosen);
      request.getRequestDispatcher(SUSPENDED_PAGE).forward(request, response);
      return;
    }
    boolean switching = request.getServletPath().equals(SWITCH_PAGE);
    if (tenant.isEmpty() && !(switching && memberships.size() > 1)) {
      if (memberships.size() > 1) {
        response.sendRedirect(request.getContextPath() + SWITCH_PAGE);
      } else {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
      }
      return;
    }
    Optional<StaffRole> role = Optional.empty();
    if (tenant.isPresent()) {
      caller.actAsPerson(openId.getSubject(), request.getUserPrincipal().getName());
      role = caller.role();
    }
    store.show(tenant.orElse(null), memberships, role);
    boolean allowed =
        switching
            ? memberships.size() > 1
            : pageRules.ruleFor(request.getServletPath(), request.getServletContext()).admits(role);
    if (!allowed) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean isUnverifiedMembership(String slug, List<String> memberships) {
    return slug != null
        && memberships.contains(slug)
        && tenants.findBySlug(slug).filter(t -> !t.isVerified()).isPresent();
  }

  private boolean isEndedInKeycloak() {
    Optional<Instant> signedIn = openId.getIdentityToken().getJwtClaims().getIssuedAt();
    return keycloak
        .sessionsEndedAt(openId.getSubject())
        .filter(ended -> signedIn.map(at -> at.isBefore(ended)).orElse(true))
        .isPresent();
  }

  /** Reads the person's stores again at the next console page: they just joined one. */
  public static void forgetMemberships(jakarta.servlet.http.HttpSession session) {
    session.removeAttribute(MEMBERSHIPS);
  }

  private boolean isSuspendedMembership(String slug, List<String> memberships) {
    return slug != null
        && memberships.contains(slug)
        && tenants.findBySlug(slug).filter(t -> !t.isActive()).isPresent();
  }

  /**
   * The stores (Keycloak organization aliases) the signed-in person works for, read once per
   * session: a new invitation counts from the next sign-in, as with any token.
   */
  @SuppressWarnings("unchecked")
  private List<String> memberships(HttpServletRequest request) {
    var session = request.getSession();
    List<String> cached = (List<String>) session.getAttribute(MEMBERSHIPS);
    if (cached == null) {
      cached = List.copyOf(keycloak.organizationsOf(openId.getSubject()));
      session.setAttribute(MEMBERSHIPS, cached);
    }
    return cached;
  }
}
