package org.returnport.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Signing in (the page is protected, so Keycloak asks first) and then landing by role, or back on
 * the page that asked for the sign-in (an invitation to accept).
 */
@WebServlet("/signin")
public class SignInServlet extends HttpServlet {

  /**
   * A path within the portal to land on after signing in, kept in the session rather than in the
   * URL, so that nobody can make the sign-in page send people elsewhere.
   */
  public static final String RETURN_TO = "returnport.signin.return-to";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    var session = request.getSession(false);
    Object back = session == null ? null : session.getAttribute(RETURN_TO);
    if (back instanceof String path && path.startsWith("/") && !path.startsWith("//")) {
      session.removeAttribute(RETURN_TO);
      response.sendRedirect(request.getContextPath() + path);
      return;
    }
    String landing =
        request.isUserInRole("platform-admin") ? "/platform/tenants.xhtml" : "/console/index.xhtml";
    response.sendRedirect(request.getContextPath() + landing);
  }
}
