package org.returnport.staff.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.Optional;
import org.returnport.staff.boundary.StaffDirectory;
import org.returnport.staff.entity.StaffRole;

/**
 * Who acts in this request, and with which role in the current store. On pages it is the signed-in
 * person. On the API it is what the request presented: a staff member's verified token (their role
 * in this store applies, as on pages) or the store's integration key, which acts with an
 * administrator's rights because only an administrator can create one.
 */
@RequestScoped
public class Caller {

  private static final String INTEGRATION = "api-key:";

  @Inject Principal principal;

  @Inject StaffDirectory staff;

  private String apiCaller;

  /** The API request presented the store's key, starting with the given visible prefix. */
  public void actAsIntegration(String keyPrefix) {
    this.apiCaller = INTEGRATION + keyPrefix;
  }

  /** The API request presented the verified token of a staff member with this e-mail. */
  public void actAsStaff(String email) {
    this.apiCaller = email;
  }

  /** What the timeline and audit records say did it: an e-mail address or an API key prefix. */
  public Optional<String> name() {
    if (apiCaller != null) {
      return Optional.of(apiCaller);
    }
    return principal == null
            || principal.getName() == null
            || "ANONYMOUS".equals(principal.getName())
        ? Optional.empty()
        : Optional.of(principal.getName());
  }

  public Optional<StaffRole> role() {
    if (apiCaller != null && apiCaller.startsWith(INTEGRATION)) {
      return Optional.of(StaffRole.MERCHANT_ADMIN);
    }
    return name().flatMap(staff::roleOf);
  }
}
