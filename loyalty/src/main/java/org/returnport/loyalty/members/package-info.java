/**
 * The console's view of a store's members and their points: search, each member's ledger with its
 * running balance, and the staff's manual adjustments (administrators only, always with a reason,
 * once per form). Agents read; nobody edits an entry.
 */
package org.returnport.loyalty.members;
