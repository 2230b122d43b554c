/**
 * Webhooks out: the endpoints a store registers for its event types, and the signed deliveries of
 * its event log to them (Standard Webhooks: {@code webhook-id}, {@code webhook-timestamp}, {@code
 * webhook-signature}), retried for three days, logged per attempt, redelivered by hand, and an
 * endpoint that keeps failing disabled with a mail to the store's administrators.
 */
package org.returnport.webhooks;
