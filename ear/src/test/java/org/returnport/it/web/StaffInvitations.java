package org.returnport.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.returnport.access.StaffRole;

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

  /**
   * The invited person takes up the invitation: opens the link e-mailed to them, signs in with the
   * invited address and accepts.
   */
  public static void accept(NewMerchant person) {
    String link = Mailbox.linkOfSubjectStartingWith(person.email(), "You are invited to join ");
    WebSession session = new WebSession();
    session.submit(session.get(link), "signIn", Map.of(), "signIn");
    WebSession.Page signedIn = session.signIn(person.email(), person.password());
    WebSession.Page accepted = session.submit(signedIn, "accept", Map.of(), "accept");
    assertThat(accepted.text()).contains("Welcome to the team of");
  }

  /** Someone who works for several stores picks the one the next pages act for. */
  public static void chooseStore(WebSession session, String slug) {
    session.chooseStore(slug);
  }
}
