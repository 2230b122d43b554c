package org.returnport.web.console;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.errors.RejectedException;
import org.returnport.policy.boundary.ReturnPolicies;
import org.returnport.policy.entity.PolicyRules;
import org.returnport.returns.boundary.QueueFilter;
import org.returnport.returns.boundary.QueueRow;
import org.returnport.returns.boundary.ReturnsQueue;
import org.returnport.returns.entity.ReturnStatus;
import org.returnport.returns.entity.WaitingOn;
import org.returnport.web.errors.Feedback;
import org.returnport.web.errors.Messages;

/** {@code /console/returns.xhtml}: the returns queue, its filters and bulk approval. */
@Named("consoleReturns")
@ViewScoped
@StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT})
public class ReturnsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ReturnsQueue queue;

  @Inject transient ReturnPolicies policies;

  @Inject transient Feedback feedback;

  private ReturnStatus status = ReturnStatus.UNDER_REVIEW;
  private WaitingOn waitingOn;
  private String reason;
  private String country;
  private Integer olderThanDays;
  private String search;
  private List<QueueRow> selected = new ArrayList<>();

  private transient ReturnsQueueModel model;

  public ReturnsQueueModel getModel() {
    if (model == null) {
      model = new ReturnsQueueModel(() -> queue, this::filter);
    }
    return model;
  }

  public void approveSelected() {
    if (selected.isEmpty()) {
      feedback.error("console.returns.noneSelected");
      return;
    }
    try {
      var result = queue.approveAll(selected.stream().map(QueueRow::rma).toList());
      feedback.info("console.returns.bulkApproved", result.approved());
      if (!result.skipped().isEmpty()) {
        feedback.info("console.returns.bulkSkipped", String.join(", ", result.skipped()));
      }
      selected = new ArrayList<>();
    } catch (RejectedException e) {
      feedback.rejected(e, "queue");
    }
  }

  private QueueFilter filter() {
    return new QueueFilter(
        status,
        waitingOn,
        reason,
        country,
        olderThanDays == null ? null : Duration.ofDays(olderThanDays),
        search);
  }

  public List<PolicyRules.Reason> getReasons() {
    return policies.current().map(p -> p.getRules().reasons()).orElse(List.of());
  }

  public ReturnStatus[] getStatuses() {
    return ReturnStatus.values();
  }

  public WaitingOn[] getWaitingOns() {
    return WaitingOn.values();
  }

  /** "Older than 1 day" up to "older than 30 days", in the page's language. */
  public List<SelectItem> getAges() {
    var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return Stream.of(1, 2, 7, 14, 30)
        .map(
            days ->
                new SelectItem(
                    days, Messages.format("console.returns.olderThan", List.of(days), locale)))
        .toList();
  }

  public ReturnStatus getStatus() {
    return status;
  }

  public void setStatus(ReturnStatus status) {
    this.status = status;
  }

  public WaitingOn getWaitingOn() {
    return waitingOn;
  }

  public void setWaitingOn(WaitingOn waitingOn) {
    this.waitingOn = waitingOn;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public Integer getOlderThanDays() {
    return olderThanDays;
  }

  public void setOlderThanDays(Integer olderThanDays) {
    this.olderThanDays = olderThanDays;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public List<QueueRow> getSelected() {
    return selected;
  }

  public void setSelected(List<QueueRow> selected) {
    this.selected = selected;
  }
}
