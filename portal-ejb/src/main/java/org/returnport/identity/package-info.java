/**
 * Feature: Keycloak as the identity provider: its admin API (users, organizations), access tokens
 * and signed links.
 */
package org.returnport.identity;
