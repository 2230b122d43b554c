package org.returnport.events;

/** Why a parcel or a whole region is late; only {@link #SHOPPER} is the shopper's own doing. */
public enum DelayCause {
  CUSTOMS,
  WEATHER,
  STRIKE,
  CARRIER,
  PEAK,
  OTHER,
  SHOPPER;

  public boolean shopperFault() {
    return this == SHOPPER;
  }
}
