/**
 * Loyalty feature: how members earn points. Observers of the kernel's events award points in the
 * transaction that fired them (joining, reviews of bought products, helpful marks), keyed on their
 * cause so that a replay awards nothing; review awards wait out the program's hold before they can
 * be spent, and a withdrawn review takes its points back.
 */
package org.returnport.loyalty.earning;
