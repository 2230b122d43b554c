package org.returnport.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.UUID;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.loyalty.members.boundary.Adjusted;
import org.returnport.loyalty.members.boundary.LoyaltyMembers;
import org.returnport.loyalty.members.boundary.MemberLedger;
import org.returnport.loyalty.members.control.AdjustmentRequest;
import org.returnport.web.errors.Feedback;

/**
 * {@code /console/loyalty-member.xhtml?member=…}: a member's points and their ledger, every entry
 * with its explanation; administrators adjust points here. The form carries a key made when it was
 * rendered: a double click or a resubmitted form writes one entry. Without a member the page points
 * to the search.
 */
@Named("loyaltyMember")
@ViewScoped
@StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT})
public class LoyaltyMemberBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int PAGE_SIZE = 50;

  @Inject transient LoyaltyMembers members;

  @Inject transient Feedback feedback;

  private Long member;
  private int page = 1;
  private Long points;
  private String reason;
  private String key;
  private transient MemberLedger shown;

  @PostConstruct
  void newForm() {
    key = UUID.randomUUID().toString();
  }

  public void load() throws IOException {
    if (member == null) {
      return;
    }
    try {
      shown = members.ledger(member, page, PAGE_SIZE);
    } catch (NotFoundException e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      faces.responseComplete();
    }
  }

  public String adjust() {
    try {
      Adjusted adjusted =
          members.adjust(member, new AdjustmentRequest(points == null ? 0 : points, reason, key));
      feedback.info(
          adjusted.replayed()
              ? "loyalty.console.adjust.alreadyDone"
              : "loyalty.console.adjust.done",
          adjusted.entry().points(),
          adjusted.balance());
      return "/console/loyalty-member?faces-redirect=true&member=" + member;
    } catch (RejectedException e) {
      feedback.rejected(e, "adjust");
    } catch (NotFoundException e) {
      feedback.error("loyalty.console.member.gone");
    }
    return null;
  }

  public MemberLedger getShown() {
    if (shown == null && member != null) {
      shown = members.ledger(member, page, PAGE_SIZE);
    }
    return shown;
  }

  public Long getMember() {
    return member;
  }

  public void setMember(Long member) {
    this.member = member;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }

  public Long getPoints() {
    return points;
  }

  public void setPoints(Long points) {
    this.points = points;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  /** The form's key, sent back with it: the same submission twice is one adjustment. */
  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public int getReasonMax() {
    return AdjustmentRequest.REASON_MAX;
  }
}
