/**
 * Store credit and gift cards: accounts with a code, an append-only ledger whose sum is the balance
 * (never below zero), issued once per payout key when a return is paid out in credit, read and
 * redeemed by the store's shop system once per idempotency key.
 */
package org.returnport.credit;
