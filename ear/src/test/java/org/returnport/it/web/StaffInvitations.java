package org.returnport.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.returnport.staff.entity.StaffRole;

/** A store's admin brings people into the team, and they take it up, as in the console. */
public final class StaffInvitations {

  private StaffInvitations() {}

  public static void invite(WebSession admin, String email, StaffRole role) {
    WebSession.Page invited =
        admin.submit(
            admin.get("/console/staff.xhtml"),
            "invite",
            Map.of("email", email, "role", role.name()),
            "send");
    assertThat(invited.text()).contains("Invitation sent to " + email);
  }

  /** The invited person takes up the invitation. */
  public static void accept(NewMerchant person) {
    // Invitations of people who already have an account take effect at once.
  }

  /** Someone who works for several stores picks the one the next pages act for. */
  public static void chooseStore(WebSession session, String slug) {
    session.chooseStore(slug);
  }
}
