package org.returnport.returns.entity;

/** Whose move it is on a return: what the queue filters on. */
public enum WaitingOn {
  /** Staff have to decide or answer. */
  MERCHANT,
  /** The shopper has to answer a question or send the parcel. */
  SHOPPER,
  NOBODY
}
