package org.returnport.community.moderation.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.returnport.access.Caller;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.community.content.ContentRef;
import org.returnport.community.moderation.ContentSummary;
import org.returnport.community.moderation.ModerationDecision;
import org.returnport.community.moderation.ModerationDecision.Action;
import org.returnport.community.moderation.control.ModerationMails;
import org.returnport.community.moderation.control.StandardWords;
import org.returnport.community.moderation.control.StoreModeration;
import org.returnport.community.moderation.entity.AuditEntry;
import org.returnport.community.moderation.entity.CommunityStanding;
import org.returnport.community.moderation.entity.FilterWord;
import org.returnport.community.moderation.entity.Flag;
import org.returnport.community.moderation.entity.ModerationSettings;
import org.returnport.community.moderation.entity.QueueItem;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.members.entity.Member;
import org.returnport.tenancy.TenantScoped;

/**
 * The moderators' desk of the current store: the queue of held and flagged posts and reviews,
 * decisions on them (each with a reason the author reads, required wherever the author loses
 * something), bans from the store's community, the store's thresholds and word lists, and the audit
 * log of all of it. Decisions are announced as {@link ModerationDecision}s; the feature that owns
 * the item changes it, moderation never writes another feature's tables.
 */
@Stateless
@TenantScoped
@StoreRoles({StaffRole.MODERATOR, StaffRole.MERCHANT_ADMIN})
public class Moderation {

  /** The longest page of the queue or the log one call answers. */
  public static final int PAGE_MAX = 100;

  @PersistenceContext EntityManager em;

  @Inject Caller caller;

  @Inject StoreModeration store;

  @Inject ModerationMails mails;

  @Inject Event<ModerationDecision> decisions;

  private final Clock clock = Clock.systemUTC();

  public long queueSize() {
    return em.createNamedQuery(QueueItem.COUNT_OPEN, Long.class).getSingleResult();
  }

  /** The open items, oldest first. */
  public List<QueueEntry> queue(int first, int max) {
    List<QueueItem> items =
        em.createNamedQuery(QueueItem.OPEN, QueueItem.class)
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.max(1, Math.min(PAGE_MAX, max)))
            .getResultList();
    Map<Long, String> names = names(items.stream().map(QueueItem::getAuthorMemberId).toList());
    return items.stream().map(item -> entry(item, names)).toList();
  }

  private QueueEntry entry(QueueItem item, Map<Long, String> names) {
    List<Flag> flags =
        em.createNamedQuery(Flag.OF_CONTENT, Flag.class)
            .setParameter("kind", item.getKind())
            .setParameter("id", item.getContentId())
            .getResultList();
    Map<String, Long> reasons =
        flags.stream()
            .collect(Collectors.groupingBy(Flag::getReason, TreeMap::new, Collectors.counting()));
    Optional<ContentSummary> content = store.content(item.ref());
    return new QueueEntry(
        item.getKind(),
        item.getContentId(),
        item.getAuthorMemberId(),
        names.get(item.getAuthorMemberId()),
        item.getExcerpt(),
        item.isHeld(),
        item.getHeldReasons(),
        item.getMatchedWord(),
        item.getFlagCount(),
        reasons,
        flags.stream().map(Flag::getNote).filter(note -> note != null).toList(),
        content.map(ContentSummary::visible).orElse(false),
        content.map(ContentSummary::path).orElse(null),
        item.getQueuedAt());
  }

  /** Publishes a held item; the approval counts toward its author's trust. */
  public void approve(ContentRef ref, String reason) {
    QueueItem item = heldItem(ref);
    String why = optionalReason(reason);
    decide(ref, Action.APPROVE, why, item.getAuthorMemberId(), Optional.of(item), null);
    store.standingToChange(item.getAuthorMemberId()).approved(store.settings().getBasicAfter());
  }

  /** Turns a held item down; its author reads why. */
  public void reject(ContentRef ref, String reason) {
    QueueItem item = heldItem(ref);
    decide(
        ref,
        Action.REJECT,
        requiredReason(reason),
        item.getAuthorMemberId(),
        Optional.of(item),
        null);
  }

  /** Takes an item down from readers (its author still sees it, with the reason). */
  public void hide(ContentRef ref, String reason) {
    act(ref, Action.HIDE, requiredReason(reason));
  }

  /** Shows a hidden item again. */
  public void restore(ContentRef ref, String reason) {
    act(ref, Action.RESTORE, optionalReason(reason));
  }

  public void delete(ContentRef ref, String reason) {
    act(ref, Action.DELETE, requiredReason(reason));
  }

  /** Keeps a flagged item as it is and takes it out of the queue. */
  public void dismiss(ContentRef ref) {
    QueueItem item =
        item(ref).filter(QueueItem::isOpen).orElseThrow(() -> new NotFoundException("item"));
    if (item.isHeld()) {
      throw new RejectedException(null, "community.moderation.decideHeld");
    }
    item.resolve(clock.instant());
    store.audit(actor(), AuditEntry.Action.DISMISS, ref, item.getAuthorMemberId(), null);
  }

  private void act(ContentRef ref, Action action, String reason) {
    Optional<ContentSummary> content = store.content(ref);
    Optional<QueueItem> item = item(ref);
    long author =
        content
            .map(ContentSummary::authorMemberId)
            .or(() -> item.map(QueueItem::getAuthorMemberId))
            .orElseThrow(() -> new NotFoundException("item"));
    decide(ref, action, reason, author, item, content.map(ContentSummary::path).orElse(null));
  }

  private void decide(
      ContentRef ref,
      Action action,
      String reason,
      long authorMemberId,
      Optional<QueueItem> item,
      String path) {
    Instant now = clock.instant();
    String actor = actor();
    decisions.fire(new ModerationDecision(ref, action, reason, actor));
    item.filter(QueueItem::isOpen).ifPresent(open -> open.resolve(now));
    store.audit(actor, AuditEntry.Action.valueOf(action.name()), ref, authorMemberId, reason);
    member(authorMemberId).ifPresent(author -> mails.decided(author, action, reason, path));
  }

  /**
   * Bars a member from writing in the store's community, through the given day (UTC) or for good
   * when it is null, with a reason they read. A new ban replaces an earlier one.
   */
  public void ban(long memberId, LocalDate through, String reason) {
    String why = requiredReason(reason);
    Member member = member(memberId).orElseThrow(() -> new NotFoundException("member"));
    Instant now = clock.instant();
    Optional<Instant> until =
        Optional.ofNullable(through)
            .map(day -> day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    if (until.isPresent() && !until.get().isAfter(now)) {
      throw new RejectedException("until", "community.moderation.banPast");
    }
    store.standingToChange(memberId).ban(until, why, actor(), now);
    store.audit(
        actor(),
        AuditEntry.Action.BAN,
        null,
        memberId,
        until.map(end -> why + " (" + end + ")").orElse(why));
    mails.banned(member, why, until);
  }

  /**
   * Vouches for a new member before they earned it by approvals: their posts and reviews are no
   * longer held for being new (bans, floods and the filters still apply).
   */
  public void trust(long memberId) {
    member(memberId).orElseThrow(() -> new NotFoundException("member"));
    store.standingToChange(memberId).trust();
    store.audit(actor(), AuditEntry.Action.TRUST, null, memberId, null);
  }

  public void lift(long memberId) {
    CommunityStanding standing =
        store
            .standing(memberId)
            .filter(s -> s.isBanned(clock.instant()))
            .orElseThrow(() -> new NotFoundException("ban"));
    standing.lift();
    store.audit(actor(), AuditEntry.Action.LIFT_BAN, null, memberId, null);
  }

  /** The bans in force, newest first. */
  public List<Ban> bans() {
    List<CommunityStanding> banned =
        em.createNamedQuery(CommunityStanding.BANNED, CommunityStanding.class)
            .setParameter("now", clock.instant())
            .getResultList();
    Map<Long, String> names = names(banned.stream().map(CommunityStanding::getMemberId).toList());
    return banned.stream()
        .map(
            s ->
                new Ban(
                    s.getMemberId(),
                    names.get(s.getMemberId()),
                    s.getBannedAt(),
                    s.getBannedUntil().orElse(null),
                    s.getBanReason(),
                    s.getBannedBy()))
        .toList();
  }

  public ModerationRules rules() {
    ModerationSettings settings = store.settings();
    return new ModerationRules(
        settings.getBasicAfter(),
        settings.getFlagsToHide(),
        settings.getMaxLinksNew(),
        store.words("en"),
        store.words("zh-CN"),
        settings.hasOwnWordList("en"),
        settings.hasOwnWordList("zh-CN"));
  }

  public void changeThresholds(int basicAfter, int flagsToHide, int maxLinksNew) {
    check("basicAfter", basicAfter, 1);
    check("flagsToHide", flagsToHide, 1);
    check("maxLinksNew", maxLinksNew, 0);
    store.settingsToChange().change(basicAfter, flagsToHide, maxLinksNew);
    store.audit(
        actor(),
        AuditEntry.Action.SETTINGS,
        null,
        null,
        "basicAfter="
            + basicAfter
            + ", flagsToHide="
            + flagsToHide
            + ", maxLinksNew="
            + maxLinksNew);
  }

  /**
   * Replaces the store's word list of a language ({@code en} or {@code zh-CN}) by the words of the
   * text, one word or phrase a line; from then on that list applies instead of the standard one,
   * even when empty.
   */
  public void changeWords(String language, String text) {
    if (!StandardWords.LANGUAGES.contains(language)) {
      throw new RejectedException("language", "community.moderation.language");
    }
    Collection<String> words =
        Arrays.stream(text == null ? new String[0] : text.split("\\R"))
            .map(String::strip)
            .filter(word -> !word.isEmpty())
            .collect(Collectors.toCollection(LinkedHashSet::new));
    for (String word : words) {
      if (word.length() > FilterWord.WORD_MAX) {
        throw new RejectedException(
            "words", "community.moderation.wordTooLong", word, FilterWord.WORD_MAX);
      }
    }
    if (words.size() > FilterWord.LIST_MAX) {
      throw new RejectedException(
          "words", "community.moderation.tooManyWords", FilterWord.LIST_MAX);
    }
    em.createNamedQuery(FilterWord.DELETE_LANGUAGE)
        .setParameter("language", language)
        .executeUpdate();
    words.stream()
        .map(word -> word.toLowerCase(java.util.Locale.ROOT))
        .distinct()
        .forEach(word -> em.persist(new FilterWord(language, word)));
    store.settingsToChange().ownWordList(language);
    store.audit(
        actor(), AuditEntry.Action.WORDS, null, null, language + ": " + words.size() + " words");
  }

  public long logSize() {
    return em.createNamedQuery(AuditEntry.COUNT, Long.class).getSingleResult();
  }

  /** The audit log, newest first. */
  public List<AuditEntry> log(int first, int max) {
    return em.createNamedQuery(AuditEntry.NEWEST_FIRST, AuditEntry.class)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, Math.min(PAGE_MAX, max)))
        .getResultList();
  }

  private QueueItem heldItem(ContentRef ref) {
    QueueItem item = item(ref).orElseThrow(() -> new NotFoundException("item"));
    if (!item.isOpen() || !item.isHeld()) {
      throw new RejectedException(null, "community.moderation.notHeld");
    }
    return item;
  }

  private Optional<QueueItem> item(ContentRef ref) {
    if (ref == null) {
      throw new NotFoundException("item");
    }
    return em.createNamedQuery(QueueItem.BY_CONTENT, QueueItem.class)
        .setParameter("kind", ref.kind())
        .setParameter("id", ref.id())
        .getResultStream()
        .findFirst();
  }

  private Optional<Member> member(long id) {
    return em.createNamedQuery(Member.BY_ID, Member.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  private Map<Long, String> names(List<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("SELECT m FROM Member m WHERE m.id IN :ids", Member.class)
        .setParameter("ids", ids.stream().distinct().toList())
        .getResultStream()
        .filter(m -> m.getDisplayName() != null)
        .collect(Collectors.toMap(Member::getId, Member::getDisplayName, (a, b) -> a));
  }

  private static String requiredReason(String reason) {
    String why = optionalReason(reason);
    if (why == null) {
      throw new RejectedException("reason", "community.moderation.reasonRequired");
    }
    return why;
  }

  private static String optionalReason(String reason) {
    if (reason == null || reason.isBlank()) {
      return null;
    }
    String why = reason.strip();
    if (why.length() > CommunityStanding.REASON_MAX) {
      throw new RejectedException(
          "reason", "community.moderation.reasonTooLong", CommunityStanding.REASON_MAX);
    }
    return why;
  }

  private static void check(String field, int value, int min) {
    if (value < min || value > ModerationSettings.THRESHOLD_MAX) {
      throw new RejectedException(
          field, "community.moderation.threshold", min, ModerationSettings.THRESHOLD_MAX);
    }
  }

  private String actor() {
    return caller.name().orElse("?");
  }
}
