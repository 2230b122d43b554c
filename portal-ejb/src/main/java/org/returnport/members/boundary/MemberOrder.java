package org.returnport.members.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.returnport.money.Money;

/**
 * An order of the member's in the store; {@code startReturnPath} opens its return form without
 * typing the number (a signed link, valid for a day from when the history was read).
 */
public record MemberOrder(
    String number, Instant placedAt, Money total, int itemCount, String startReturnPath)
    implements Serializable {}
