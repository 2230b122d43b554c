package org.returnport.keycloak;

import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.forms.login.freemarker.FreeMarkerLoginFormsProviderFactory;
import org.keycloak.models.KeycloakSession;

/**
 * Keycloak's own login pages, plus the store a sign-in started from. Its order is above the
 * built-in factory's, so that Keycloak takes it as the default without any setting.
 */
public class StoreLoginFormsProviderFactory extends FreeMarkerLoginFormsProviderFactory {

  static final String ID = "returnport";

  @Override
  public LoginFormsProvider create(KeycloakSession session) {
    return new StoreLoginFormsProvider(session);
  }

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public int order() {
    return 100;
  }
}
