/**
 * Feature: a store's people: invitations, their acceptance, and the store role each Keycloak user
 * holds there. Builds on tenant and identity.
 */
package org.returnport.staff;
