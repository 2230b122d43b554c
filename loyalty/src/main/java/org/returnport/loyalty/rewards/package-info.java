/**
 * Loyalty feature: what a member sees of their own points on the store's rewards page (balance,
 * pending awards, debt, tier progress, history, how to earn). Reads only; redeeming is the
 * redemption feature's.
 */
package org.returnport.loyalty.rewards;
