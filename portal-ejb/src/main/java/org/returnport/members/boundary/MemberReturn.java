package org.returnport.members.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.returnport.returns.entity.ReturnStatus;

/** A return of the member's, also one made as a guest before joining, with its status page. */
public record MemberReturn(
    String rma, String orderNumber, ReturnStatus status, Instant requestedAt, String statusPath)
    implements Serializable {}
