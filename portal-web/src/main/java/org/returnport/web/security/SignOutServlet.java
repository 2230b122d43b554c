package org.returnport.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.returnport.tenant.entity.Slug;

/**
 * Signs out of the portal and, through the mechanism's logout definition, of Keycloak too. Only by
 * POST, so that a link on another site cannot sign a user out. A member signing out of a store's
 * pages names the store, so that {@link SignedOutServlet} takes them back to it afterwards.
 */
@WebServlet("/signout")
public class SignOutServlet extends HttpServlet {

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    String store = request.getParameter("store");
    if (Slug.isValid(store)) {
      response.addCookie(SignedOutServlet.returnTo(request, store));
    }
    request.logout();
    var session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    if (!response.isCommitted()) {
      response.sendRedirect(request.getContextPath() + SignedOutServlet.PATH);
    }
  }
}
