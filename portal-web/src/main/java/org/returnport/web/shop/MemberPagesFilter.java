package org.returnport.web.shop;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.returnport.access.Caller;

/**
 * A store's member pages act for the person signed in with Keycloak, and for nobody else: their
 * Keycloak user id and address come from the sign-in, never from the request. It runs on the
 * forward from {@code /s/{slug}/account…} to the view, after the store was entered and the sign-in
 * asked for, so that every boundary call of the page knows who is asking. Being signed in gives no
 * store role: that still comes from the store's staff records alone.
 */
@WebFilter(
    urlPatterns = {"/shop/account.xhtml", "/shop/account/*"},
    dispatcherTypes = DispatcherType.FORWARD)
public class MemberPagesFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject transient OpenIdContext openId;

  @Inject transient Caller caller;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() == null || openId.getSubject() == null) {
      // The store's filter sends signed-out visitors to the sign-in first; should that ever be
      // skipped, member pages show nothing rather than a page without its person.
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    caller.actAsPerson(openId.getSubject(), email(request));
    chain.doFilter(request, response);
  }

  /** The address of the sign-in (Keycloak signs people in by their address, so it is the name). */
  private String email(HttpServletRequest request) {
    return openId
        .getIdentityToken()
        .getJwtClaims()
        .getStringClaim("email")
        .orElseGet(() -> request.getUserPrincipal().getName());
  }
}
