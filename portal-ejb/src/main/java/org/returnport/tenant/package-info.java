/**
 * Feature: the stores themselves: merchant sign-up and onboarding, branding, suspension by the
 * operator, and resolving a request's store from its slug, the signed-in organization or an API
 * key. Builds on identity and notify.
 */
package org.returnport.tenant;
