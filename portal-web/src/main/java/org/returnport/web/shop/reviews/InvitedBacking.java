package org.returnport.web.shop.reviews;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.returnport.community.invitations.boundary.ReviewInvitations;
import org.returnport.errors.RejectedException;
import org.returnport.web.tenancy.ShopperStore;

/**
 * {@code /s/{slug}/reviews/invited?token=…}: a product link of a review invitation. A valid link
 * leads on to the review form through the account page, which signs the person in (or up) first if
 * needed, lets them join the store on the way if they are not a member, and sends members straight
 * on to the form. A changed, expired or foreign link shows why it does not work, and changes
 * nothing. With {@code stop=…} instead, the invitation's stop link: no more invitations.
 */
@Named("invited")
@RequestScoped
public class InvitedBacking {

  @Inject ReviewInvitations invitations;

  @Inject ShopperStore store;

  private String token;
  private String stop;
  private boolean refused;
  private boolean stopped;

  public void open() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      if (stop != null) {
        invitations.stop(stop, Instant.now());
        stopped = true;
        return;
      }
      ReviewInvitations.Invited invited = invitations.open(token, Instant.now());
      // A path segment: a space is %20 there, not the + of form encoding.
      String form =
          "reviews/write/"
              + URLEncoder.encode(invited.sku(), StandardCharsets.UTF_8).replace("+", "%20");
      external.redirect(
          external.getRequestContextPath()
              + store.getBasePath()
              + "account?next="
              + URLEncoder.encode(form, StandardCharsets.UTF_8));
      FacesContext.getCurrentInstance().responseComplete();
    } catch (RejectedException e) {
      refused = true;
      external.setResponseStatus(400);
    }
  }

  public boolean isRefused() {
    return refused;
  }

  public boolean isStopped() {
    return stopped;
  }

  /** The token is read from the link only, never written into the page. */
  public String getToken() {
    return null;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getStop() {
    return null;
  }

  public void setStop(String stop) {
    this.stop = stop;
  }
}
