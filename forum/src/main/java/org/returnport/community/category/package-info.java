/**
 * Community feature: a store's forum categories. Reaches the returns side only through its
 * boundaries, the kernel and the domain events of {@code org.returnport.events}; never uses
 * loyalty.
 */
package org.returnport.community.category;
