package org.returnport.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.returnport.web.i18n.Language;

/**
 * A store's member pages (the account, writing in the community) need a signed-in person: the same
 * realm and the same sign-in as staff ({@link SignInMechanism}), which brings them back to the page
 * they asked for. Being signed in grants nothing in the console: that stays decided by the store's
 * staff records.
 *
 * <p>The store and the language the shopper reads it in are kept in the session for {@link
 * SignInRelayServlet}, which hands them to Keycloak with the sign-in request, so that Keycloak's
 * pages show that store in that language.
 */
@ApplicationScoped
public class MemberSignIn {

  static final String STORE = MemberSignIn.class.getName() + ".store";
  static final String LANGUAGE = MemberSignIn.class.getName() + ".language";

  @Inject Language language;

  /**
   * Whether the request may go on; if not, the answer already sends the browser to Keycloak (or
   * says why not).
   */
  public boolean signedIn(HttpServletRequest request, HttpServletResponse response, String slug)
      throws IOException, ServletException {
    if (request.getUserPrincipal() != null) {
      return true;
    }
    var session = request.getSession();
    session.setAttribute(STORE, slug);
    session.setAttribute(LANGUAGE, language.getLocale(request).toLanguageTag());
    return request.authenticate(response);
  }
}
