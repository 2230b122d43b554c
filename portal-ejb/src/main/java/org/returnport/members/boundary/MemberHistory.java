package org.returnport.members.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * A member's orders and returns in the store, newest first, each with the signed address that opens
 * it on the shopper pages: an order's return form, a return's status page.
 */
public record MemberHistory(List<MemberOrder> orders, List<MemberReturn> returns)
    implements Serializable {}
