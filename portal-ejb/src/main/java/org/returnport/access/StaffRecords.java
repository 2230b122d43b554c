package org.returnport.access;

import java.util.Optional;

/**
 * The question the kernel asks the staff feature: which role, if any, the store's own records give
 * a Keycloak user in the current store. Declared here so that access control depends on no feature.
 */
public interface StaffRecords {

  Optional<StaffRole> roleOf(String keycloakUserId);
}
