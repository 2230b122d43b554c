/**
 * Loyalty feature: a store's points program. Reaches the returns side only through its boundaries,
 * the kernel and the domain events of {@code org.returnport.events}; never uses the community.
 */
package org.returnport.loyalty.program;
