/**
 * Settled exchanges: replacements reserved from stock at approval and released when the return is
 * cancelled or expires, price differences paid through a payment link or refunded, the replacement
 * shipped once per payout, and instant exchanges shipped at approval against an authorisation hold.
 */
package org.returnport.exchanges;
