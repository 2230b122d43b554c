package org.returnport.community.moderation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.returnport.community.content.ContentKind;
import org.returnport.community.content.ContentRef;
import org.returnport.community.content.control.Rendered;
import org.returnport.community.moderation.entity.AuditEntry;
import org.returnport.community.moderation.entity.CommunityStanding;
import org.returnport.community.moderation.entity.CommunityStanding.Trust;
import org.returnport.community.moderation.entity.ModerationSettings;
import org.returnport.community.moderation.entity.QueueItem;
import org.returnport.community.moderation.entity.QueueItem.HoldReason;
import org.returnport.community.moderation.entity.TextFingerprint;
import org.returnport.errors.RejectedException;
import org.returnport.errors.TooManyRequestsException;
import org.returnport.limits.boundary.RateCounters;
import org.returnport.limits.entity.RateLimit.Decision;
import org.returnport.members.entity.Member;

/**
 * Asked by the forum and the reviews before a member's writing is stored: whether the member may
 * write at all (bans, floods), whether the text passes the store's filters, and whether it is shown
 * at once or held for a moderator (by the member's trust level). Throws the typed business
 * exceptions the pages and the API translate; a held item is then queued with {@link #held}.
 *
 * <p>Refusals are for what the member can fix or must wait out: a ban, a flood, too many links from
 * a new account, the same text again within a day. Everything doubtful is held, never silently
 * dropped: a filter word, a text other members just posted, a new member's writing.
 */
@Dependent
public class Gatekeeper {

  /** How long a member's own text counts as a duplicate of what they wrote before. */
  public static final Duration DUPLICATE_WINDOW = Duration.ofHours(24);

  @PersistenceContext EntityManager em;

  @Inject StoreModeration store;

  @Inject RateCounters counters;

  @Inject ModerationLimits limits;

  @Inject PendingHolds pending;

  private final Clock clock = Clock.systemUTC();

  public Admission admit(Member author, ContentKind kind, Rendered content) {
    Instant now = clock.instant();
    long memberId = author.getId();
    Optional<CommunityStanding> standing = store.standing(memberId);
    if (standing.isPresent() && standing.get().isBanned(now)) {
      throw new BannedException(standing.get().getBanReason(), standing.get().getBannedUntil());
    }
    Trust trust = standing.map(CommunityStanding::getTrust).orElse(Trust.NEW);
    Decision allowed = counters.hit(limits.posts(trust), "community-post\n" + memberId);
    if (!allowed.allowed()) {
      throw new TooManyRequestsException("community.moderation.flood", allowed.retryAfter());
    }
    ModerationSettings settings = store.settings();
    int links = Links.count(content.links(), content.plainText());
    if (trust == Trust.NEW && links > settings.getMaxLinksNew()) {
      throw new RejectedException(
          null, "community.moderation.tooManyLinks", settings.getMaxLinksNew());
    }
    List<HoldReason> reasons = new ArrayList<>();
    Optional<String> fingerprint = Duplicates.fingerprint(content.plainText());
    if (fingerprint.isPresent()) {
      List<Long> authors =
          em.createNamedQuery(TextFingerprint.AUTHORS_SINCE, Long.class)
              .setParameter("digest", fingerprint.get())
              .setParameter("since", now.minus(DUPLICATE_WINDOW))
              .getResultList();
      if (authors.contains(memberId)) {
        throw new RejectedException(null, "community.moderation.duplicate");
      }
      if (!authors.isEmpty()) {
        reasons.add(HoldReason.DUPLICATE);
      }
      em.persist(new TextFingerprint(fingerprint.get(), memberId, now));
    }
    Optional<String> word = store.filter(settings).firstMatch(content.plainText());
    if (word.isPresent()) {
      reasons.add(HoldReason.WORD);
    }
    if (trust == Trust.NEW) {
      if (links > 0) {
        reasons.add(HoldReason.LINKS);
      }
      reasons.add(HoldReason.NEW_MEMBER);
    }
    if (reasons.isEmpty()) {
      return Admission.PUBLISH;
    }
    pending.put(memberId, new PendingHolds.Hold(List.copyOf(reasons), word.orElse(null)));
    return Admission.HOLD;
  }

  /** Queues an item that {@link #admit} held, once it has its id. */
  public void held(ContentRef ref, Member author, String excerpt) {
    Instant now = clock.instant();
    PendingHolds.Hold hold = pending.take(author.getId());
    Optional<QueueItem> existing =
        em.createNamedQuery(QueueItem.BY_CONTENT, QueueItem.class)
            .setParameter("kind", ref.kind())
            .setParameter("id", ref.id())
            .getResultStream()
            .findFirst();
    if (existing.isPresent()) {
      existing.get().heldAgain(excerpt, hold.reasons(), hold.matchedWord(), now);
    } else {
      em.persist(
          QueueItem.held(ref, author.getId(), excerpt, hold.reasons(), hold.matchedWord(), now));
    }
    String why =
        hold.reasons().stream().map(Enum::name).collect(Collectors.joining(", "))
            + (hold.matchedWord() == null ? "" : " (" + hold.matchedWord() + ")");
    store.audit(AuditEntry.AUTOMATIC, AuditEntry.Action.HOLD, ref, author.getId(), why);
  }
}
