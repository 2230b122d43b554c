package org.returnport.web.console;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.settlement.boundary.SettlementReports;
import org.returnport.settlement.control.ReclaimCsv;
import org.returnport.settlement.entity.CustomsReclaim;
import org.returnport.settlement.entity.ReclaimStatus;
import org.returnport.web.errors.Feedback;

/**
 * {@code /console/reclaims.xhtml}: the customs reclaims of cross-border returns in a period, their
 * status as staff set it, and the CSV for the broker.
 */
@Named("reclaims")
@ViewScoped
@StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT})
public class ReclaimsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient SettlementReports reports;

  @Inject transient Feedback feedback;

  private LocalDate from = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1);
  private LocalDate to = LocalDate.now(ZoneOffset.UTC);

  private transient List<CustomsReclaim> rows;

  public void show() {
    rows = null;
  }

  public void status(String rma, ReclaimStatus status) {
    try {
      reports.reclaimStatus(rma, status);
      feedback.info("console.reclaims.saved", rma);
    } catch (RejectedException e) {
      feedback.rejected(e, "reclaims");
    } catch (NotFoundException e) {
      feedback.error("console.settlements.noReturn", rma);
    }
    rows = null;
  }

  /** Sends the period's CSV as a download instead of the page. */
  public void download() throws IOException {
    try {
      String csv = ReclaimCsv.csv(reports.reclaims(from, to));
      FacesContext faces = FacesContext.getCurrentInstance();
      ExternalContext external = faces.getExternalContext();
      external.responseReset();
      external.setResponseContentType("text/csv; charset=UTF-8");
      external.setResponseHeader(
          "Content-Disposition",
          "attachment; filename=\"customs-reclaims-" + from + "-" + to + ".csv\"");
      external.getResponseOutputStream().write(csv.getBytes(StandardCharsets.UTF_8));
      faces.responseComplete();
    } catch (RejectedException e) {
      feedback.rejected(e, "period");
    }
  }

  public List<CustomsReclaim> getRows() {
    if (rows == null) {
      try {
        rows = reports.reclaims(from, to);
      } catch (RejectedException e) {
        feedback.rejected(e, "period");
        rows = List.of();
      }
    }
    return rows;
  }

  public ReclaimStatus[] getStatuses() {
    return ReclaimStatus.values();
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
