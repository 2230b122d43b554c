package org.returnport.web.shop;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.returnport.errors.RejectedException;
import org.returnport.errors.TooManyRequestsException;
import org.returnport.members.boundary.Members;
import org.returnport.web.errors.Feedback;

/**
 * {@code /s/{slug}/account/verify?token=…}: the link of the verification mail. It confirms the
 * signed-in person's address if the link is theirs and still valid, says how that went, and leads
 * on to the account page. The token is read from the link only, never written into the page.
 */
@Named("accountVerify")
@RequestScoped
public class AccountVerifyBacking {

  @Inject Members members;

  @Inject Feedback feedback;

  private String token;
  private boolean verified;

  public void verify() {
    if (token == null || token.isBlank()) {
      feedback.error("member.verify.invalid");
      return;
    }
    try {
      members.verify(token);
      verified = true;
    } catch (RejectedException e) {
      feedback.error(e.messageKey(), e.arguments().toArray());
    } catch (TooManyRequestsException e) {
      feedback.error(e.messageKey(), e.retryAfterMinutes());
      var external = FacesContext.getCurrentInstance().getExternalContext();
      external.setResponseStatus(429);
      external.setResponseHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
    }
  }

  public boolean isVerified() {
    return verified;
  }

  public String getToken() {
    return null;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
