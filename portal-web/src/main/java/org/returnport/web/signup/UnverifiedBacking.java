package org.returnport.web.signup;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Model;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.util.Optional;
import org.returnport.errors.RejectedException;
import org.returnport.tenant.boundary.Onboarding;
import org.returnport.tenant.entity.Tenant;
import org.returnport.web.errors.Feedback;

/**
 * {@code /unverified.xhtml}: where the console sends a merchant whose store waits for the sign-up
 * address to be confirmed, with a way to get the link again. Not a protected address itself (the
 * sign-in's return to a protected page is made for servlets, not for forms): someone not signed in
 * is offered the sign-in.
 */
@Model
public class UnverifiedBacking {

  @Inject Onboarding onboarding;

  @Inject OpenIdContext openId;

  @Inject Feedback feedback;

  private Optional<Tenant> store;

  @PostConstruct
  void load() {
    store = isSignedIn() ? onboarding.unverifiedStoreOf(openId.getSubject()) : Optional.empty();
  }

  public boolean isSignedIn() {
    return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null;
  }

  public String resend() {
    if (!isSignedIn()) {
      return null;
    }
    try {
      Tenant tenant = onboarding.resendVerification(openId.getSubject());
      feedback.info("unverified.sent", tenant.getContactEmail());
      return "/unverified?faces-redirect=true";
    } catch (RejectedException e) {
      feedback.rejected(e, "resend");
    }
    return null;
  }

  public Tenant getStore() {
    return store.orElse(null);
  }
}
