package org.returnport.keycloak;

import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import org.keycloak.forms.login.LoginFormsPages;
import org.keycloak.forms.login.freemarker.FreeMarkerLoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.organization.OrganizationProvider;
import org.keycloak.theme.Theme;

/**
 * Adds {@code store} to every login page (sign-in, registration, errors) when the sign-in started
 * from a store: Returnport sends the store's slug as the authorization request's {@code store}
 * parameter, which Keycloak keeps with the authentication session for all pages of that sign-in.
 * The store's name is read from its Keycloak organization (alias = slug), never from the request,
 * so that nobody can make the sign-in page carry a name of their choosing.
 */
public class StoreLoginFormsProvider extends FreeMarkerLoginFormsProvider {

  /** Keycloak keeps authorization request parameters it does not know under this prefix. */
  static final String STORE_NOTE = "client_request_param_store";

  /** The organization attribute Returnport keeps the store's name in. */
  static final String STORE_NAME = "storeName";

  /** The shape of a store's slug in Returnport. */
  private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

  public StoreLoginFormsProvider(KeycloakSession session) {
    super(session);
  }

  @Override
  protected void createCommonAttributes(
      Theme theme,
      Locale locale,
      Properties messagesBundle,
      UriBuilder baseUriBuilder,
      LoginFormsPages page) {
    super.createCommonAttributes(theme, locale, messagesBundle, baseUriBuilder, page);
    store().ifPresent(store -> attributes.put("store", store));
  }

  private Optional<StoreBean> store() {
    if (authenticationSession == null || realm == null || !realm.isOrganizationsEnabled()) {
      return Optional.empty();
    }
    String slug = authenticationSession.getClientNote(STORE_NOTE);
    if (slug == null || !SLUG.matcher(slug).matches()) {
      return Optional.empty();
    }
    OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
    OrganizationModel organization = organizations == null ? null : organizations.getByAlias(slug);
    if (organization == null || !organization.isEnabled()) {
      return Optional.empty();
    }
    return Optional.of(new StoreBean(slug, storeName(organization)));
  }

  /**
   * The store's name as Returnport keeps it in the organization's {@code storeName} attribute; the
   * organization's own name carries the slug too, Keycloak wanting it unique.
   */
  private static String storeName(OrganizationModel organization) {
    List<String> names = organization.getAttributes().get(STORE_NAME);
    return names == null || names.isEmpty() ? organization.getName() : names.get(0);
  }
}
