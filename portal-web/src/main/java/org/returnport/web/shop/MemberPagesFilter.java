package org.returnport.web.shop;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.returnport.access.Caller;

/**
 * A store's member pages act for the person signed in with Keycloak, and for nobody else: their
 * Keycloak user id and address come from the sign-in, never from the request. It runs on the
 * forward from {@code /s/{slug}/account…} and {@code /s/{slug}/rewards…} to the view, after the
 * store was entered and the sign-in asked for, so that every boundary call of the page knows who is
 * asking. Being signed in gives no store role: that still comes from the store's staff records
 * alone.
 *
 * <p>The community's and the reviews' pages are read by guests too: there a signed-in person is
 * acted for in the same way (to write, reply, follow), and a guest passes on as nobody. Those of
 * them that only members may open were refused to guests by the store's filter already.
 */
@WebFilter(
    urlPatterns = {
      "/shop/account.xhtml",
      "/shop/account/*",
      "/shop/rewards.xhtml",
      "/shop/rewards/*",
      "/shop/community/*",
      "/shop/reviews/*"
    },
    dispatcherTypes = DispatcherType.FORWARD)
public class MemberPagesFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** What Keycloak adds to the address it sends the person back to. */
  private static final Set<String> CALLBACK = Set.of("state", "code", "session_state", "iss");

  private static final String SETTLED = MemberPagesFilter.class.getName() + ".settled";

  @Inject transient OpenIdContext openId;

  @Inject transient Caller caller;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() == null || openId.getSubject() == null) {
      if (readByGuests(request)) {
        chain.doFilter(request, response);
        return;
      }
      // The store's filter sends signed-out visitors to the sign-in first; should that ever be
      // skipped, account pages show nothing rather than a page without its person.
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    HttpSession session = request.getSession();
    if (session.getAttribute(SETTLED) == null) {
      // The first member page after Keycloak sent the person back is the request the sign-in
      // interrupted, replayed by the mechanism under the callback's address (state and code in
      // it) and without the browser's languages, which the page needs. Sent once more to the page's
      // own address, the person sees a clean address and a page in their language.
      session.setAttribute(SETTLED, Boolean.TRUE);
      response.sendRedirect(ownAddress(request));
      return;
    }
    caller.actAsPerson(openId.getSubject(), email(request));
    chain.doFilter(request, response);
  }

  private static boolean readByGuests(HttpServletRequest request) {
    String view = request.getServletPath();
    return view.startsWith("/shop/community/") || view.startsWith("/shop/reviews/");
  }

  /** The address the browser asked for, as the store's filter forwarded it here. */
  private static String ownAddress(HttpServletRequest request) {
    Object uri = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    Object query = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
    String path = uri == null ? request.getRequestURI() : uri.toString();
    String kept =
        query == null
            ? ""
            : Arrays.stream(query.toString().split("&"))
                .filter(pair -> !CALLBACK.contains(pair.split("=", 2)[0]))
                .collect(Collectors.joining("&"));
    return kept.isEmpty() ? path : path + "?" + kept;
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
