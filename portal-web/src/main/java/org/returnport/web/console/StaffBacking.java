package org.returnport.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Model;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.returnport.identity.control.IdentityProviderException;
import org.returnport.platform.entity.RejectedException;
import org.returnport.staff.boundary.StaffDirectory;
import org.returnport.staff.control.StoreRoles;
import org.returnport.staff.entity.StaffInvitation;
import org.returnport.staff.entity.StaffRole;
import org.returnport.web.errors.Feedback;

/** {@code /console/staff.xhtml}: the store's team and inviting someone to it. */
@Model
@StoreRoles(StaffRole.MERCHANT_ADMIN)
public class StaffBacking {

  private static final Logger LOG = Logger.getLogger(StaffBacking.class.getName());

  @Inject StaffDirectory staff;

  @Inject Feedback feedback;

  @NotBlank @Email private String email;

  @NotNull private StaffRole role = StaffRole.MERCHANT_AGENT;

  private List<StaffInvitation> invitations;

  @PostConstruct
  void load() {
    invitations = staff.invitations();
  }

  public String invite() {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      var invited = staff.invite(email, role, external.getUserPrincipal().getName());
      feedback.info("console.staff.invited", email);
      invited
          .temporaryPassword()
          .ifPresentOrElse(
              password -> feedback.info("console.staff.temporaryPassword", password),
              () -> feedback.info("console.staff.existingAccount"));
      return "/console/staff?faces-redirect=true";
    } catch (RejectedException e) {
      feedback.rejected(e, "invite");
    } catch (IdentityProviderException e) {
      LOG.log(Level.WARNING, "Invitation failed at Keycloak", e);
      feedback.error("error.identity");
    }
    return null;
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
