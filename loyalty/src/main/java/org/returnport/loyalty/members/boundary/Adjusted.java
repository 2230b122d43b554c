package org.returnport.loyalty.members.boundary;

/**
 * The outcome of an adjustment: its entry and the balance after it. {@code replayed} when the form
 * had been submitted before: nothing new was written.
 */
public record Adjusted(EntryLine entry, long balance, boolean replayed) {}
