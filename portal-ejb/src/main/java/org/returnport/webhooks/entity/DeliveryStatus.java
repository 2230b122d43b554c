package org.returnport.webhooks.entity;

/** Where a delivery stands. */
public enum DeliveryStatus {
  /** Waiting for its first or next attempt. */
  PENDING,
  /** The endpoint answered 2xx. */
  DELIVERED,
  /** Every attempt of the retry window failed, or the endpoint was disabled or deleted. */
  FAILED
}
