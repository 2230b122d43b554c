package org.returnport.loyalty.insights.control;

import java.util.List;

/** The console's figures: the last twelve months, oldest first, and the liability now. */
public record PointsOverview(List<MonthFigures> months, Liability liability) {

  public PointsOverview {
    months = List.copyOf(months);
  }

  /** The largest movement of any month, to scale a chart (at least 1). */
  public long largest() {
    return Math.max(1, months.stream().mapToLong(MonthFigures::largest).max().orElse(0));
  }
}
