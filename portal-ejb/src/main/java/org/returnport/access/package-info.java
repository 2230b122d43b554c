/**
 * Kernel: who is calling (a person by Keycloak user id, or the store's integration key), the store
 * roles, and the deny-by-default rule every boundary method states ({@code @StoreRoles},
 * {@code @IntegrationKeys} or {@code @AnyCaller}), checked by one interceptor. The staff feature
 * answers which role a person has through {@link org.returnport.access.StaffRecords}.
 */
package org.returnport.access;
