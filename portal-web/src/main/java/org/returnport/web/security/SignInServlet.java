package org.returnport.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Signing in (the page is protected, so Keycloak asks first) and then landing by role. */
@WebServlet("/signin")
public class SignInServlet extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String landing =
        request.isUserInRole("platform-admin") ? "/platform/tenants.xhtml" : "/console/index.xhtml";
    response.sendRedirect(request.getContextPath() + landing);
  }
}
