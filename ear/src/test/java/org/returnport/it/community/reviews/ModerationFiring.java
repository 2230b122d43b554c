package org.returnport.it.community.reviews;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.returnport.access.AnyCaller;
import org.returnport.community.content.ContentKind;
import org.returnport.community.content.ContentRef;
import org.returnport.community.moderation.ModerationDecision;
import org.returnport.tenancy.TenantScoped;

/**
 * Decides about a review as the moderators' queue will (it lives on another branch): fires {@link
 * ModerationDecision} in a transaction of the store, for the tests only. Deployed in the forum
 * module, whose observers hear it.
 */
@Stateless
@TenantScoped
@AnyCaller
public class ModerationFiring {

  @Inject Event<ModerationDecision> decisions;

  public void decide(long reviewId, ModerationDecision.Action action, String reason) {
    decisions.fire(
        new ModerationDecision(
            new ContentRef(ContentKind.REVIEW, reviewId), action, reason, "it-moderator"));
  }
}
