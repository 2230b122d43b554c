/**
 * Feature: the transactional outbox and the mail transport: what leaves the process is written in
 * the caller's transaction and delivered by a worker on every server. Knows no other feature.
 */
package org.returnport.notify;
