package org.returnport.web.console;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import java.util.function.Consumer;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.parcels.boundary.ParcelView;
import org.returnport.parcels.boundary.Parcels;
import org.returnport.policy.boundary.ReturnPolicies;
import org.returnport.policy.entity.PolicyRules;
import org.returnport.returns.boundary.ReturnsQueue;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.web.errors.Feedback;

/**
 * {@code /console/return.xhtml?rma=…}: one return with its lines, the policy's verdict, the
 * timeline and the staff's actions. Each decision carries the version of the return this page
 * showed, so that a decision made meanwhile by someone else is not overridden.
 */
@Named("consoleReturn")
@ViewScoped
@StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT})
public class ReturnBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ReturnsQueue queue;

  @Inject transient ReturnPolicies policies;

  @Inject transient Parcels parcels;

  @Inject transient Feedback feedback;

  private String rma;
  private long seenVersion;
  private String text;

  private transient ReturnCase returnCase;
  private transient PolicyRules rules;
  private transient java.util.List<ReturnsQueue.PhotoRef> photos;

  public void load() throws IOException {
    try {
      returnCase = queue.detail(rma);
      seenVersion = returnCase.getVersion();
    } catch (NotFoundException e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      faces.responseComplete();
    }
  }

  public void approve() {
    act(version -> queue.approve(rma, version), "console.return.approved");
  }

  public void reject() {
    act(version -> queue.reject(rma, version, text), "console.return.rejected");
  }

  public void ask() {
    act(version -> queue.askShopper(rma, version, text), "console.return.asked");
  }

  public void send() {
    act(version -> queue.message(rma, text), "console.return.sent");
  }

  private void act(Consumer<Long> action, String done) {
    try {
      action.accept(seenVersion);
      feedback.info(done, rma);
      text = null;
    } catch (RejectedException e) {
      feedback.rejected(e, "actions");
    }
    returnCase = queue.detail(rma);
    seenVersion = returnCase.getVersion();
  }

  private transient Optional<ParcelView> parcel;

  public ReturnCase getReturn() {
    if (returnCase == null) {
      returnCase = queue.detail(rma);
    }
    return returnCase;
  }

  /** The return's parcel with the carrier, once approval booked one; null for keep-it returns. */
  public ParcelView getParcel() {
    if (parcel == null) {
      parcel = parcels.ofReturn(getReturn().getId());
    }
    return parcel.orElse(null);
  }

  /** Read once for the page, which asks for them more than once; photos never change. */
  public java.util.List<ReturnsQueue.PhotoRef> getPhotos() {
    if (photos == null) {
      photos = queue.photos(rma);
    }
    return photos;
  }

  /** The rules the return was judged by (its version, for its tier), for the wording. */
  public PolicyRules getRules() {
    if (rules == null) {
      rules = getReturn().rulesOf(policies.version(getReturn().getPolicyVersion()));
    }
    return rules;
  }

  public PolicyRules.Reason reason(String code) {
    return getRules().reason(code).orElse(null);
  }

  public PolicyRules.Condition condition(String code) {
    return getRules().condition(code).orElse(null);
  }

  public String getRma() {
    return rma;
  }

  public void setRma(String rma) {
    this.rma = rma;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
