/**
 * Kernel: the domain events every module may fire or observe (the list is in the README, "Domain
 * events"). A feature tells the others what happened by firing one of these, never by calling into
 * them.
 */
package org.returnport.events;
