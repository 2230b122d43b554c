package org.returnport.parcels.control;

import java.util.List;
import org.returnport.logistics.entity.Shipment;
import org.returnport.parcels.entity.CarrierScan;

/**
 * A carrier that takes return parcels: it books a shipment (a tracking number and its label
 * document), cancels one nobody handed over yet, and tells where a parcel is. An implementation is
 * a CDI bean; {@link Carriers} finds it by its code, which is what a policy's hub names.
 */
public interface Carrier {

  /** The code a policy names the carrier by, e.g. {@code sandbox}. */
  String code();

  /** The carrier's name as printed and shown, e.g. "Sandbox Post". */
  String name();

  /**
   * Books the parcel. The same booking key always gives the same booking, so a retry after a lost
   * answer books nothing twice.
   */
  Booking book(Shipment shipment, String bookingKey) throws CarrierException;

  /** Cancels a booking whose parcel nobody handed over. Cancelling twice is no error. */
  void cancel(String trackingNumber) throws CarrierException;

  /**
   * Whether {@link #tracking} can be asked; a carrier that only pushes its scans (through a
   * tracking webhook) answers false.
   */
  boolean polled();

  /** Every scan of the parcel so far, in any order. */
  List<CarrierScan> tracking(String trackingNumber) throws CarrierException;

  /** What a booking gives: the tracking number and the label document to print. */
  record Booking(String trackingNumber, String mediaType, byte[] label) {

    public Booking {
      label = label.clone();
    }
  }
}
