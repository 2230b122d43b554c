package org.returnport.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.Optional;

/**
 * Who acts in this request, and with which role in the current store. The entry point that
 * authenticated the request says who it is: the console for a signed-in person, the API for a
 * verified staff token or the store's integration key (which acts with an administrator's rights,
 * since only an administrator can create one). A person's role comes from the store's own records
 * for their Keycloak user id; a request that named nobody has no role.
 */
@RequestScoped
public class Caller {

  private static final String INTEGRATION = "api-key:";

  @Inject Principal principal;

  @Inject StaffRecords staff;

  private String integrationKey;
  private String userId;
  private String email;
  private Optional<StaffRole> role;

  /** The API request presented the store's key, starting with the given visible prefix. */
  public void actAsIntegration(String keyPrefix) {
    this.integrationKey = keyPrefix;
  }

  /** A verified token or sign-in of this Keycloak user, known by this e-mail. */
  public void actAsPerson(String keycloakUserId, String email) {
    this.userId = keycloakUserId;
    this.email = email;
  }

  /** Whether the store's integration key is calling (an API request that presented it). */
  public boolean isIntegration() {
    return integrationKey != null;
  }

  /** The Keycloak user id of the person acting, if a person is acting. */
  public Optional<String> userId() {
    return Optional.ofNullable(userId);
  }

  /** What the timeline and audit records say did it: an e-mail address or an API key prefix. */
  public Optional<String> name() {
    if (integrationKey != null) {
      return Optional.of(INTEGRATION + integrationKey);
    }
    if (email != null) {
      return Optional.of(email);
    }
    return principal == null
            || principal.getName() == null
            || "ANONYMOUS".equals(principal.getName())
        ? Optional.empty()
        : Optional.of(principal.getName());
  }

  public Optional<StaffRole> role() {
    if (integrationKey != null) {
      return Optional.of(StaffRole.MERCHANT_ADMIN);
    }
    if (role == null) {
      role = userId == null ? Optional.empty() : staff.roleOf(userId);
    }
    return role;
  }
}
