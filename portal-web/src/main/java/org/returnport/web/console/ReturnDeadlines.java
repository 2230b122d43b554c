package org.returnport.web.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.errors.RejectedException;
import org.returnport.returns.boundary.Deadlines;
import org.returnport.web.errors.Feedback;

/**
 * The deadlines section of {@code /console/return.xhtml}: giving one return more time by hand. The
 * page's own {@link ReturnBacking} shows the dates.
 */
@Named
@ViewScoped
@StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT})
public class ReturnDeadlines implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Deadlines deadlines;

  @Inject transient Feedback feedback;

  private Integer days;
  private String note;

  public String extend(String rma) {
    try {
      deadlines.extend(rma, days, note);
      feedback.info("console.return.extended", rma, days);
      return "/console/return?faces-redirect=true&rma=" + rma;
    } catch (RejectedException e) {
      feedback.rejected(e, "deadlines");
      return null;
    }
  }

  public Integer getDays() {
    return days;
  }

  public void setDays(Integer days) {
    this.days = days;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
