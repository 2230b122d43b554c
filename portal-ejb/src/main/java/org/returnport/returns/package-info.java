/**
 * Feature: a shopper's return from request to decision, the merchant's queue, photos, and the
 * e-mails that tell the shopper. Builds on policy, catalog, logistics, limits and notify.
 */
package org.returnport.returns;
