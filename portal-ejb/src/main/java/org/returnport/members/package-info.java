/**
 * Feature: shoppers who join a store's program with their Keycloak account (one member record per
 * store and account, each by its own consent), their verified address, display name, language and
 * mail preferences, their orders and returns in the store, the export of their data and leaving.
 * Builds on tenant, identity, limits, notify, catalog and returns; fires {@code MemberJoined}.
 */
package org.returnport.members;
