/**
 * Settling a return's money: when it is paid out (the policy's moment), how much (grade deductions,
 * refundable duties), one payout per part, and closing the return once every part ended and its
 * items are dealt with. Also what a customs broker needs to reclaim the duties of a cross-border
 * return, and the daily refund report.
 */
package org.returnport.settlement;
