package org.returnport.community.notifications.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.returnport.access.AnyCaller;
import org.returnport.access.Caller;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.community.notifications.control.NotificationWriter;
import org.returnport.community.notifications.entity.Notification;
import org.returnport.community.notifications.entity.NotificationSetting;
import org.returnport.community.notifications.entity.NotificationSetting.MailMode;
import org.returnport.errors.NotFoundException;
import org.returnport.members.entity.Member;
import org.returnport.tenancy.TenantScoped;

/**
 * The signed-in member's notifications in the current store: the unread count for the bell, the
 * list, marking read, and how they want to be mailed. The member is the one signed in ({@link
 * Caller#userId()}); someone who is not a member of this store has no notifications, and another
 * member's notification is not found.
 */
@Stateless
@TenantScoped
public class Notifications {

  /** The most a page lists: older notifications stay, but nobody reads that far back. */
  public static final int PAGE_MAX = 100;

  @PersistenceContext EntityManager em;

  @Inject Caller caller;

  @Inject NotificationWriter writer;

  /** A notification as the page shows it. */
  public record Item(
      long id,
      Notification.Kind kind,
      String actorName,
      String subject,
      String excerpt,
      String path,
      Instant createdAt,
      boolean read) {}

  /** Unread notifications of the signed-in member; empty when they are no member here. */
  @AnyCaller
  public Optional<Long> unreadCount() {
    return member()
        .map(
            m ->
                em.createNamedQuery(Notification.UNREAD, Long.class)
                    .setParameter("member", m.getId())
                    .getSingleResult());
  }

  @AnyCaller
  public List<Item> list() {
    Member member = requireMember();
    return em.createNamedQuery(Notification.LIST, Notification.class)
        .setParameter("member", member.getId())
        .setMaxResults(PAGE_MAX)
        .getResultStream()
        .map(
            n ->
                new Item(
                    n.getId(),
                    n.getKind(),
                    n.getActorName(),
                    n.getSubject(),
                    n.getExcerpt(),
                    n.getPath(),
                    n.getCreatedAt(),
                    n.getReadAt() != null))
        .toList();
  }

  /** Marks one of the member's notifications read; answers where it points to. */
  @AnyCaller
  public String markRead(long id) {
    Member member = requireMember();
    Notification n = em.find(Notification.class, id);
    if (n == null || n.getMemberId() != member.getId()) {
      throw new NotFoundException("notification");
    }
    n.read(Instant.now());
    return n.getPath();
  }

  @AnyCaller
  public int markAllRead() {
    List<Notification> unread =
        em.createNamedQuery(Notification.UNREAD_LIST, Notification.class)
            .setParameter("member", requireMember().getId())
            .getResultList();
    Instant now = Instant.now();
    unread.forEach(n -> n.read(now));
    return unread.size();
  }

  @AnyCaller
  public MailMode mailMode() {
    return writer.mode(requireMember().getId());
  }

  @AnyCaller
  public void changeMailMode(MailMode mode) {
    long member = requireMember().getId();
    em.createNamedQuery(NotificationSetting.FIND, NotificationSetting.class)
        .setParameter("member", member)
        .getResultStream()
        .findFirst()
        .ifPresentOrElse(
            s -> s.change(mode), () -> em.persist(new NotificationSetting(member, mode)));
  }

  /** Members who have unread notifications not yet mailed: those a digest may be due for. */
  @StoreRoles(StaffRole.MERCHANT_ADMIN)
  public List<Long> digestCandidates() {
    return em.createNamedQuery(Notification.DIGEST_MEMBERS, Long.class).getResultList();
  }

  /** The member's digest, in a transaction of its own. */
  @StoreRoles(StaffRole.MERCHANT_ADMIN)
  public boolean sendDigest(long memberId, Instant now) {
    return writer.digest(memberId, now);
  }

  private Optional<Member> member() {
    return caller
        .userId()
        .flatMap(
            user ->
                em.createNamedQuery(Member.BY_USER, Member.class)
                    .setParameter("user", user)
                    .getResultStream()
                    .findFirst());
  }

  private Member requireMember() {
    return member().orElseThrow(() -> new NotFoundException("member"));
  }
}
