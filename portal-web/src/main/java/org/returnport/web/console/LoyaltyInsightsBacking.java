package org.returnport.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.loyalty.insights.boundary.LoyaltyInsights;
import org.returnport.loyalty.insights.control.PointsOverview;

/**
 * {@code /console/loyalty-insights.xhtml}: points issued, redeemed, expired and clawed back per UTC
 * month as a chart drawn on the server (no script, no outside address) with a table of the same
 * numbers for screen readers, and what the members' points are worth to the store now.
 */
@Named("loyaltyInsights")
@RequestScoped
@StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT})
public class LoyaltyInsightsBacking {

  /** The chart's drawing area, in the SVG's own units. */
  static final int PLOT_HEIGHT = 200;

  static final int BAR_WIDTH = 11;

  static final int GROUP_WIDTH = 56;

  static final int LEFT = 8;

  @Inject LoyaltyInsights insights;

  private PointsOverview overview;

  public PointsOverview getOverview() {
    if (overview == null) {
      overview = insights.overview();
    }
    return overview;
  }

  /**
   * A bar's height for the points, against the largest movement of the year (1 at least if any).
   */
  public int height(long points) {
    if (points <= 0) {
      return 0;
    }
    long scaled = points * PLOT_HEIGHT / getOverview().largest();
    return (int) Math.max(1, scaled);
  }

  public int x(int month, int series) {
    return LEFT + month * GROUP_WIDTH + series * BAR_WIDTH;
  }

  public int labelX(int month) {
    return LEFT + month * GROUP_WIDTH + 2 * BAR_WIDTH;
  }

  public int getWidth() {
    return LEFT * 2 + getOverview().months().size() * GROUP_WIDTH;
  }

  public int getPlotHeight() {
    return PLOT_HEIGHT;
  }

  public int getBarWidth() {
    return BAR_WIDTH - 2;
  }

  public String month(YearMonth month) {
    return DateTimeFormatter.ofPattern("MMM uuuu", locale()).format(month);
  }

  public String shortMonth(YearMonth month) {
    return DateTimeFormatter.ofPattern("MMM", locale()).format(month);
  }

  private static java.util.Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}
