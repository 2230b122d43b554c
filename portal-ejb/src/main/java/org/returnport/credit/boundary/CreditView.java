package org.returnport.credit.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.returnport.credit.entity.CreditKind;
import org.returnport.money.Money;

/**
 * An account as its owner sees it: the whole code (grouped for reading) only on the shopper's own
 * pages; the shop system's reads carry {@code code} as given.
 */
public record CreditView(
    CreditKind kind,
    String code,
    String last4,
    Money balance,
    Instant expiresAt,
    boolean expired,
    Money issued)
    implements Serializable {}
