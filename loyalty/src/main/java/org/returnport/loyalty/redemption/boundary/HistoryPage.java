package org.returnport.loyalty.redemption.boundary;

import java.io.Serializable;
import java.util.List;

/** A page of a member's points history, newest first, with how many entries there are in all. */
public record HistoryPage(int first, int max, long total, List<PointsEntry> entries)
    implements Serializable {}
