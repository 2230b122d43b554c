package org.returnport.web.invitation;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.returnport.errors.RejectedException;
import org.returnport.identity.control.IdentityProviderException;
import org.returnport.staff.boundary.StaffDirectory;
import org.returnport.staff.boundary.StaffDirectory.Account;
import org.returnport.staff.boundary.StaffDirectory.Offer;
import org.returnport.tenant.boundary.TenantResolution;
import org.returnport.tenant.entity.MerchantSignUp;
import org.returnport.web.errors.Feedback;
import org.returnport.web.errors.Messages;
import org.returnport.web.security.SignInServlet;
import org.returnport.web.tenancy.ConsoleTenantFilter;

/**
 * {@code /invitation.xhtml}: the link of an invitation e-mail. Open to everyone, since the invited
 * person may have no account yet: the link is the proof of the address, and the staff directory
 * checks it and, on acceptance, who accepts. View-scoped, so that a form refused for a short
 * password still knows its link.
 */
@Named
@ViewScoped
public class InvitationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Logger LOG = Logger.getLogger(InvitationBacking.class.getName());

  @Inject TenantResolution resolution;

  @Inject StaffDirectory staff;

  @Inject OpenIdContext openId;

  @Inject Feedback feedback;

  private String store;
  private long invitation;
  private String token;

  @NotBlank
  @Size(max = MerchantSignUp.PERSON_NAME_MAX)
  private String firstName;

  @NotBlank
  @Size(max = MerchantSignUp.PERSON_NAME_MAX)
  private String lastName;

  @NotBlank
  @Size(min = MerchantSignUp.PASSWORD_MIN, max = MerchantSignUp.PASSWORD_MAX)
  private String password;

  private Offer offer;
  private String problem;
  private String joined;

  public void load() {
    offer = null;
    problem = null;
    if (resolution.enterForInvitation(store).isEmpty()) {
      problem = text("returnport.invitation.invalid");
      return;
    }
    try {
      offer = staff.offer(invitation, token);
    } catch (RejectedException e) {
      problem = text(e.messageKey(), e.arguments().toArray());
    } catch (IdentityProviderException e) {
      LOG.log(Level.WARNING, "Could not look up an invited address at Keycloak", e);
      problem = text("error.identity");
    }
  }

  /** Signed in as the invited, verified address: accept. */
  public String accept() {
    return join(() -> staff.accept(invitation, token, openId.getSubject()));
  }

  /** Not signed in, and the address has no proved account: create or claim it, and accept. */
  public String create() {
    return join(
        () -> staff.acceptWithNewPassword(invitation, token, firstName, lastName, password));
  }

  /** The address has an account: sign in with it, then come back here to accept. */
  public void signIn() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpSession session = (HttpSession) external.getSession(true);
    session.setAttribute(
        SignInServlet.RETURN_TO,
        "/invitation.xhtml?store="
            + encode(store)
            + "&invitation="
            + invitation
            + "&t="
            + encode(token));
    external.redirect(external.getRequestContextPath() + "/signin");
  }

  private String join(Runnable acceptance) {
    load();
    if (offer == null) {
      return null;
    }
    try {
      acceptance.run();
      joined = offer.storeName();
      HttpSession session =
          (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
      if (session != null) {
        ConsoleTenantFilter.forgetMemberships(session);
      }
    } catch (RejectedException e) {
      feedback.rejected(e, "accept");
    } catch (IdentityProviderException e) {
      LOG.log(Level.WARNING, "Accepting an invitation failed at Keycloak", e);
      feedback.error("error.identity");
    }
    return null;
  }

  public boolean isSignedIn() {
    return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null;
  }

  /** The address the visitor is signed in as, for them to see whom they would accept as. */
  public String getSignedInAs() {
    var principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
    return principal == null ? null : principal.getName();
  }

  public boolean isHasAccount() {
    return offer != null && offer.account() == Account.VERIFIED;
  }

  private static String text(String key, Object... arguments) {
    return Messages.format(
        key,
        java.util.List.of(arguments),
        FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
  }

  public Offer getOffer() {
    return offer;
  }

  public String getProblem() {
    return problem;
  }

  public String getJoined() {
    return joined;
  }

  public String getStore() {
    return store;
  }

  public void setStore(String store) {
    this.store = store;
  }

  public long getInvitation() {
    return invitation;
  }

  public void setInvitation(long invitation) {
    this.invitation = invitation;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
