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
    assertThat(invited.text()).contains(email);
  }

  /** The invited person, who has an account already, follows the e-mailed link and accepts. */
  public static void accept(NewMerchant person, String storeName) {
    String link = Mailbox.link(person.email(), "You are invited to join " + storeName);
    WebSession visitor = new WebSession();
    WebSession.Page offer = visitor.get(link);
    visitor.submit(offer, "signIn", Map.of(), "signIn");
    WebSession.Page signedIn = visitor.signIn(person.email(), person.password());
    WebSession.Page accepted = visitor.submit(signedIn, "accept", Map.of(), "accept");
    assertThat(accepted.text()).contains("Welcome to the team of " + storeName);
  }

  /** Someone who works for several stores picks the one the next pages act for. */
  public static void chooseStore(WebSession session, String slug) {
    session.chooseStore(slug);
  }
}
