/**
 * Feature: the store's append-only event log. Every domain event is written here in the transaction
 * that fired it, as its type, time and non-personal fields; later the source of webhooks out and of
 * analytics. Builds on the kernel only.
 */
package org.returnport.eventlog;
