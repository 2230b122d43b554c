package org.returnport.policy.control;

/**
 * What a shopper chose for one order line: how many, why, in which condition, how many photos they
 * added, and for an exchange the SKU they want instead (checked to be a variant of the same product
 * by whoever builds the choice).
 */
public record ReturnChoice(
    LineFacts line, int quantity, String reason, String condition, int photos, String exchangeSku) {

  public ReturnChoice(LineFacts line, int quantity, String reason, String condition, int photos) {
    this(line, quantity, reason, condition, photos, null);
  }
}
