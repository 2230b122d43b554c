/**
 * Kernel: amounts of money with their ISO 4217 currency, never floating point. Used by every
 * feature, using none.
 */
package org.returnport.money;
