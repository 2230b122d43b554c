package org.returnport.web.console;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.errors.RejectedException;
import org.returnport.money.Money;
import org.returnport.settlement.boundary.SettlementReports;
import org.returnport.settlement.control.RefundReport;
import org.returnport.web.errors.Feedback;

/**
 * {@code /console/refunds.xhtml}: the daily refund report of a period, as a table, a bar chart
 * (bars as wide as their share of the largest day in the same currency) and a CSV download.
 */
@Named("refunds")
@ViewScoped
@StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT})
public class RefundsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient SettlementReports reports;

  @Inject transient Feedback feedback;

  private LocalDate from = LocalDate.now(ZoneOffset.UTC).minusDays(29);
  private LocalDate to = LocalDate.now(ZoneOffset.UTC);

  private transient List<RefundReport.Row> rows;

  public void show() {
    rows = null;
  }

  public void download() throws IOException {
    try {
      String csv = RefundReport.csv(reports.refunds(from, to));
      FacesContext faces = FacesContext.getCurrentInstance();
      ExternalContext external = faces.getExternalContext();
      external.responseReset();
      external.setResponseContentType("text/csv; charset=UTF-8");
      external.setResponseHeader(
          "Content-Disposition", "attachment; filename=\"refunds-" + from + "-" + to + ".csv\"");
      external.getResponseOutputStream().write(csv.getBytes(StandardCharsets.UTF_8));
      faces.responseComplete();
    } catch (RejectedException e) {
      feedback.rejected(e, "period");
    }
  }

  public List<RefundReport.Row> getRows() {
    if (rows == null) {
      try {
        rows = reports.refunds(from, to);
      } catch (RejectedException e) {
        feedback.rejected(e, "period");
        rows = List.of();
      }
    }
    return rows;
  }

  public List<Money> getTotals() {
    return List.copyOf(RefundReport.totals(getRows()).values());
  }

  /** A bar's width in percent of the largest row of its currency (at least 1 when not zero). */
  public int width(RefundReport.Row row) {
    BigDecimal max =
        getRows().stream()
            .filter(r -> r.currency().equals(row.currency()))
            .map(r -> r.amount().amount())
            .max(BigDecimal::compareTo)
            .orElse(BigDecimal.ZERO);
    if (max.signum() == 0) {
      return 0;
    }
    int width =
        row.amount()
            .amount()
            .multiply(BigDecimal.valueOf(100))
            .divide(max, 0, RoundingMode.HALF_UP)
            .intValue();
    return Math.max(width, 1);
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
