package org.returnport.returns.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.returnport.money.Money;
import org.returnport.policy.entity.Resolution;
import org.returnport.returns.entity.ReturnStatus;
import org.returnport.returns.entity.WaitingOn;

/** One return as the queue lists it. */
public record QueueRow(
    String rma,
    String orderNumber,
    String email,
    String country,
    ReturnStatus status,
    WaitingOn waitingOn,
    Resolution resolution,
    Money refund,
    Instant requestedAt,
    long version)
    implements Serializable {}
