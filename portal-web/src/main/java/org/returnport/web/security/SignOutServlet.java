package org.returnport.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Signs out of the portal and, through the mechanism's logout definition, of Keycloak too. Only by
 * POST, so that a link on another site cannot sign a user out.
 */
@WebServlet("/signout")
public class SignOutServlet extends HttpServlet {

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    request.logout();
    var session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    if (!response.isCommitted()) {
      response.sendRedirect(request.getContextPath() + "/");
    }
  }
}
