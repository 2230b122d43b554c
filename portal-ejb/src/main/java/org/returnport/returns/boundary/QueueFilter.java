package org.returnport.returns.boundary;

import java.time.Duration;
import org.returnport.returns.entity.ReturnStatus;
import org.returnport.returns.entity.WaitingOn;

/**
 * What the returns queue shows: any of the criteria may be null (not filtered). {@code search} is
 * an RMA, an order number or an e-mail address; {@code olderThan} keeps returns requested before
 * that long ago.
 */
public record QueueFilter(
    ReturnStatus status,
    WaitingOn waitingOn,
    String reason,
    String country,
    Duration olderThan,
    String search) {

  public static QueueFilter none() {
    return new QueueFilter(null, null, null, null, null, null);
  }
}
