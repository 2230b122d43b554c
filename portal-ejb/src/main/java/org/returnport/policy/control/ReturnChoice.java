package org.returnport.policy.control;

/**
 * What a shopper chose for one order line: how many, why, in which condition, and how many photos
 * they added.
 */
public record ReturnChoice(
    LineFacts line, int quantity, String reason, String condition, int photos) {}
