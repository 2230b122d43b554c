package org.returnport.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Model;
import jakarta.inject.Inject;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.community.invitations.boundary.ReviewInvitations;
import org.returnport.errors.RejectedException;
import org.returnport.web.errors.Feedback;

/**
 * {@code /console/review-invitations.xhtml}: whether and when the store invites its shoppers to
 * review what they bought, and what they returned.
 */
@Model
@StoreRoles(StaffRole.MERCHANT_ADMIN)
public class ReviewInvitationsBacking {

  @Inject ReviewInvitations invitations;

  @Inject Feedback feedback;

  private boolean enabled;
  private int daysAfterDelivery;
  private int transitDays;
  private boolean afterReturn;

  @PostConstruct
  void load() {
    fill(invitations.settings());
  }

  public void save() {
    try {
      fill(
          invitations.change(
              new ReviewInvitations.Settings(
                  enabled, daysAfterDelivery, transitDays, afterReturn)));
      feedback.info("community.invite.settings.saved");
    } catch (RejectedException e) {
      feedback.rejected(e, "settings");
    }
  }

  private void fill(ReviewInvitations.Settings settings) {
    enabled = settings.enabled();
    daysAfterDelivery = settings.daysAfterDelivery();
    transitDays = settings.transitDays();
    afterReturn = settings.afterReturn();
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public int getDaysAfterDelivery() {
    return daysAfterDelivery;
  }

  public void setDaysAfterDelivery(int daysAfterDelivery) {
    this.daysAfterDelivery = daysAfterDelivery;
  }

  public int getTransitDays() {
    return transitDays;
  }

  public void setTransitDays(int transitDays) {
    this.transitDays = transitDays;
  }

  public boolean isAfterReturn() {
    return afterReturn;
  }

  public void setAfterReturn(boolean afterReturn) {
    this.afterReturn = afterReturn;
  }
}
