package org.returnport.it.community.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.returnport.community.moderation.ModerationDecision;

/**
 * Records every ModerationDecision moderation fires, as the forum and the reviews will observe it.
 * Deployed in the forum module, where the event is fired.
 */
@ApplicationScoped
public class RecordedDecisions {

  private static final List<ModerationDecision> DECISIONS = new CopyOnWriteArrayList<>();

  void decided(@Observes ModerationDecision decision) {
    DECISIONS.add(decision);
  }

  public static List<ModerationDecision> of(long contentId) {
    return DECISIONS.stream().filter(d -> d.ref().id() == contentId).toList();
  }
}
