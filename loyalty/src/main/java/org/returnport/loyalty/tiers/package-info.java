/**
 * Loyalty feature: a member's tier. It follows their standing over the last twelve months (points
 * earned, or money spent on orders) and answers the return policy's question of a shopper's tier.
 */
package org.returnport.loyalty.tiers;
