package org.returnport.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Model;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.errors.RejectedException;
import org.returnport.staff.boundary.StaffDirectory;
import org.returnport.staff.entity.StaffInvitation;
import org.returnport.web.errors.Feedback;

/**
 * {@code /console/staff.xhtml}: the store's team, inviting someone to it (an e-mailed link they
 * accept), and sending again or withdrawing invitations not accepted yet.
 */
@Model
@StoreRoles(StaffRole.MERCHANT_ADMIN)
public class StaffBacking {

  @Inject StaffDirectory staff;

  @Inject Feedback feedback;

  @NotBlank @Email private String email;

  @NotNull private StaffRole role = StaffRole.MERCHANT_AGENT;

  private List<StaffInvitation> invitations;

  private final Instant now = Instant.now();

  @PostConstruct
  void load() {
    invitations = staff.invitations();
  }

  public String invite() {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      StaffInvitation invitation = staff.invite(email, role, external.getUserPrincipal().getName());
      feedback.info("console.staff.invited", invitation.getEmail());
      return "/console/staff?faces-redirect=true";
    } catch (RejectedException e) {
      feedback.rejected(e, "invite");
    }
    return null;
  }

  public String resend(long invitationId) {
    try {
      feedback.info("console.staff.resent", staff.resend(invitationId).getEmail());
      return "/console/staff?faces-redirect=true";
    } catch (RejectedException e) {
      feedback.rejected(e, "team");
    }
    return null;
  }

  public String revoke(long invitationId, String invitedEmail) {
    try {
      staff.revoke(invitationId);
      feedback.info("console.staff.revoked", invitedEmail);
      return "/console/staff?faces-redirect=true";
    } catch (RejectedException e) {
      feedback.rejected(e, "team");
    }
    return null;
  }

  /** Pending, and its link no longer works: the admin may send it again. */
  public boolean expired(StaffInvitation invitation) {
    return !invitation.isAccepted() && invitation.isExpired(now);
  }

  public Set<StaffRole> getRoles() {
    return StaffDirectory.INVITABLE;
  }

  public List<StaffInvitation> getInvitations() {
    return invitations;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public StaffRole getRole() {
    return role;
  }

  public void setRole(StaffRole role) {
    this.role = role;
  }
}
