package org.returnport.parcels.control;

/**
 * A carrier did not do what was asked. {@link #isPermanent()} when asking again cannot help (an
 * address it does not serve); otherwise it is asked again later.
 */
public class CarrierException extends Exception {

  private static final long serialVersionUID = 1L;

  private final boolean permanent;

  public CarrierException(String message, boolean permanent) {
    super(message);
    this.permanent = permanent;
  }

  public boolean isPermanent() {
    return permanent;
  }
}
