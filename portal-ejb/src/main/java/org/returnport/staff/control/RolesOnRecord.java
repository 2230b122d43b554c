package org.returnport.staff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.returnport.access.StaffRecords;
import org.returnport.access.StaffRole;
import org.returnport.staff.boundary.StaffDirectory;

/** Answers {@link StaffRecords} from the store's owner and accepted invitations. */
@ApplicationScoped
public class RolesOnRecord implements StaffRecords {

  @Inject StaffDirectory directory;

  @Override
  public Optional<StaffRole> roleOf(String keycloakUserId) {
    return directory.roleOf(keycloakUserId);
  }
}
