package org.returnport.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The authorization endpoint the sign-in mechanism sends browsers to: it sends them on to
 * Keycloak's, with the request unchanged, plus the store and language of a member sign-in ({@link
 * MemberSignIn}). The mechanism's own parameters are fixed at start-up, so they cannot carry
 * either. Keycloak keeps {@code store} with the sign-in for our login theme on all its pages;
 * {@code ui_locales} asks for the language, and {@code kc_locale} makes it win over a language
 * chosen earlier on Keycloak's pages. Staff sign-ins pass through as they are.
 */
@WebServlet(SignInRelayServlet.PATH)
public class SignInRelayServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String PATH = "/signin/provider";

  @Inject transient OpenIdConfig openId;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    StringBuilder target = new StringBuilder(openId.getKeycloakAuthorizationEndpoint());
    target.append('?').append(request.getQueryString() == null ? "" : request.getQueryString());
    var session = request.getSession(false);
    if (session != null && session.getAttribute(MemberSignIn.STORE) instanceof String slug) {
      session.removeAttribute(MemberSignIn.STORE);
      target.append("&store=").append(encode(slug));
      if (session.getAttribute(MemberSignIn.LANGUAGE) instanceof String language) {
        session.removeAttribute(MemberSignIn.LANGUAGE);
        target.append("&ui_locales=").append(encode(language));
        target.append("&kc_locale=").append(encode(language));
      }
    }
    response.sendRedirect(target.toString());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
