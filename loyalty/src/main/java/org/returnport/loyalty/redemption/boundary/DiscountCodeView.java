package org.returnport.loyalty.redemption.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.returnport.money.Money;

/** A discount code bought with points, as the store's staff list it: its last four only. */
public record DiscountCodeView(
    long memberId, long points, Money value, String last4, Instant createdAt)
    implements Serializable {}
