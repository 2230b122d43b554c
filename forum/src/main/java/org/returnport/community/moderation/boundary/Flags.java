package org.returnport.community.moderation.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.returnport.access.AnyCaller;
import org.returnport.access.Caller;
import org.returnport.community.content.ContentRef;
import org.returnport.community.moderation.ContentSummary;
import org.returnport.community.moderation.ModerationDecision;
import org.returnport.community.moderation.control.ModerationLimits;
import org.returnport.community.moderation.control.ModerationTexts;
import org.returnport.community.moderation.control.StoreModeration;
import org.returnport.community.moderation.entity.AuditEntry;
import org.returnport.community.moderation.entity.Flag;
import org.returnport.community.moderation.entity.QueueItem;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.errors.TooManyRequestsException;
import org.returnport.limits.boundary.RateCounters;
import org.returnport.limits.entity.RateLimit.Decision;
import org.returnport.members.entity.Member;
import org.returnport.tenancy.TenantScoped;

/**
 * Members report a post or review to the store's moderators, with a reason: the item joins the
 * moderation queue. Only signed-in members of the store may flag; each member flags an item once.
 * When enough distinct members flagged a visible item (the store's threshold), it is hidden until a
 * moderator looks, with a standard reason its author reads.
 */
@Stateless
@TenantScoped
public class Flags {

  /** Reasons a member can choose; each has a translated label ({@code community.flag.<code>}). */
  public enum Reason {
    SPAM,
    ABUSIVE,
    OFF_TOPIC,
    PERSONAL_DATA,
    OTHER
  }

  @PersistenceContext EntityManager em;

  @Inject Caller caller;

  @Inject StoreModeration store;

  @Inject RateCounters counters;

  @Inject ModerationLimits limits;

  @Inject Event<ModerationDecision> decisions;

  private final Clock clock = Clock.systemUTC();

  /** Flags an item of the current store for the signed-in member, with an optional note. */
  @AnyCaller
  public void flag(ContentRef ref, Reason reason, String note) {
    Member member =
        caller
            .userId()
            .flatMap(
                user ->
                    em.createNamedQuery(Member.BY_USER, Member.class)
                        .setParameter("user", user)
                        .getResultStream()
                        .findFirst())
            .orElseThrow(() -> new RejectedException(null, "community.flag.membersOnly"));
    if (ref == null) {
      throw new NotFoundException("content");
    }
    if (reason == null) {
      throw new RejectedException("reason", "community.flag.reasonRequired");
    }
    String cleanNote = note == null || note.isBlank() ? null : note.strip();
    if (cleanNote != null && cleanNote.length() > Flag.NOTE_MAX) {
      throw new RejectedException("note", "community.flag.noteTooLong", Flag.NOTE_MAX);
    }
    // Members flag what they can read: a held, hidden or unknown item is "not found" alike.
    ContentSummary content =
        store.content(ref).filter(ContentSummary::visible).orElseThrow(() -> notFound(ref));
    if (content.authorMemberId() == member.getId()) {
      throw new RejectedException(null, "community.flag.own");
    }
    long already =
        em.createNamedQuery(Flag.BY_MEMBER, Long.class)
            .setParameter("kind", ref.kind())
            .setParameter("id", ref.id())
            .setParameter("member", member.getId())
            .getSingleResult();
    if (already > 0) {
      throw new RejectedException(null, "community.flag.already");
    }
    Decision allowed = counters.hit(limits.flags(), "community-flag\n" + member.getId());
    if (!allowed.allowed()) {
      throw new TooManyRequestsException("community.flag.throttled", allowed.retryAfter());
    }
    Instant now = clock.instant();
    em.persist(new Flag(ref, member.getId(), reason.name(), cleanNote, now));
    QueueItem item =
        em.createNamedQuery(QueueItem.BY_CONTENT, QueueItem.class)
            .setParameter("kind", ref.kind())
            .setParameter("id", ref.id())
            .getResultStream()
            .findFirst()
            .orElseGet(
                () -> {
                  QueueItem flagged =
                      QueueItem.flagged(ref, content.authorMemberId(), content.excerpt(), now);
                  em.persist(flagged);
                  return flagged;
                });
    item.flaggedAgain(now);
    long distinct =
        em.createNamedQuery(Flag.OF_CONTENT, Flag.class)
            .setParameter("kind", ref.kind())
            .setParameter("id", ref.id())
            .getResultStream()
            .map(Flag::getMemberId)
            .distinct()
            .count();
    // Once, when the threshold is reached: after a moderator restored the item, further flags
    // bring it back to the queue without hiding it again over the moderator's decision.
    if (distinct == store.settings().getFlagsToHide()) {
      autoHide(ref, content.authorMemberId());
    }
  }

  private void autoHide(ContentRef ref, long authorMemberId) {
    Optional<Member> author =
        em.createNamedQuery(Member.BY_ID, Member.class)
            .setParameter("id", authorMemberId)
            .getResultStream()
            .findFirst();
    String reason =
        ModerationTexts.text(
            author.map(ModerationTexts::localeOf).orElse(java.util.Locale.ENGLISH),
            "autoHidden.reason");
    decisions.fire(
        new ModerationDecision(ref, ModerationDecision.Action.HIDE, reason, AuditEntry.AUTOMATIC));
    store.audit(AuditEntry.AUTOMATIC, AuditEntry.Action.AUTO_HIDE, ref, authorMemberId, reason);
  }

  private static NotFoundException notFound(ContentRef ref) {
    return new NotFoundException(ref.kind().name().toLowerCase(java.util.Locale.ROOT));
  }
}
