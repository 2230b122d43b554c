package org.returnport.credit.boundary;

import java.io.Serializable;
import org.returnport.money.Money;

/**
 * Store credit bought with loyalty points: the account, its whole code (grouped for reading) and
 * its last four, its balance now, and whether the points had been added before under the same
 * reference (nothing was added this time).
 */
public record PointsCredit(
    long accountId, String code, String last4, Money balance, boolean replayed)
    implements Serializable {}
