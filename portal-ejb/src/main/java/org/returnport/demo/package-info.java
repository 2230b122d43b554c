/**
 * Feature on top of all others: seeds the demo store of the run command and repairs a half-seeded
 * one.
 */
package org.returnport.demo;
