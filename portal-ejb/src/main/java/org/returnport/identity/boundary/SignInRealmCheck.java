package org.returnport.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.returnport.identity.control.IdentityProviderException;
import org.returnport.identity.control.KeycloakAdmin;
import org.returnport.identity.control.MemberSignInRealm;

/**
 * Tells the operator, once per server start, when the Keycloak realm lacks what member sign-in
 * needs: a realm created before member sign-in keeps Keycloak's own pages and no sign-up, since
 * Keycloak reads the realm file only when it creates the realm. Keycloak may still be starting when
 * the server does, so an unanswered check is tried again a few minutes later.
 */
@Startup
@Singleton
public class SignInRealmCheck {

  private static final Logger LOG = Logger.getLogger(SignInRealmCheck.class.getName());

  @Inject KeycloakAdmin keycloak;

  private boolean done;

  @PostConstruct
  void atStart() {
    check();
  }

  @Schedule(hour = "*", minute = "*/5", persistent = false)
  public void check() {
    if (done) {
      return;
    }
    try {
      List<String> gaps = MemberSignInRealm.gaps(keycloak.realm());
      if (gaps.isEmpty()) {
        LOG.info("Keycloak realm: member sign-in has the settings it needs");
      } else {
        LOG.warning(
            "Keycloak realm lacks what member sign-in needs (members see Keycloak's own pages or"
                + " cannot sign up); set in Keycloak's admin console: "
                + String.join("; ", gaps));
      }
      done = true;
    } catch (IdentityProviderException e) {
      LOG.log(Level.WARNING, "Could not yet check the Keycloak realm; trying again later", e);
    }
  }
}
