package org.returnport.community.notifications.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.returnport.community.content.control.MarkdownRenderer;
import org.returnport.community.forum.PostPublished;
import org.returnport.community.forum.entity.Post;
import org.returnport.community.forum.entity.TopicSubscription;
import org.returnport.community.notifications.entity.Notification;
import org.returnport.community.notifications.entity.Notification.Kind;
import org.returnport.community.notifications.entity.NotificationSetting;
import org.returnport.community.notifications.entity.NotificationSetting.MailMode;
import org.returnport.community.reviews.ReviewReplied;
import org.returnport.members.entity.Member;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenant.boundary.Tenants;
import org.returnport.tenant.entity.Tenant;

/**
 * Writes members' notifications in the transaction that published the post or the store's reply, so
 * that they exist exactly when it does, and mails those who want each at once in that same
 * transaction (through the outbox). Members who left are skipped; members who do not want mail
 * about the community ({@code Member.mailAboutCommunity}) get none, whatever they chose here.
 */
@Dependent
public class NotificationWriter {

  @PersistenceContext EntityManager em;

  @Inject NotificationMails mails;

  @Inject Tenants tenants;

  @Inject CurrentTenant currentTenant;

  @Inject MarkdownRenderer renderer;

  void postPublished(@Observes PostPublished published) {
    List<Long> subscribers =
        em.createNamedQuery(TopicSubscription.SUBSCRIBERS, Long.class)
            .setParameter("topic", published.topicId())
            .getResultList();
    Map<Long, Kind> recipients =
        NotificationRecipients.forPost(
            published.authorMemberId(),
            published.topicAuthorMemberId(),
            published.firstPost(),
            subscribers,
            published.mentionedMemberIds() == null ? List.of() : published.mentionedMemberIds());
    if (recipients.isEmpty()) {
      return;
    }
    String actor = member(published.authorMemberId()).map(Member::getDisplayName).orElse(null);
    Post post = em.find(Post.class, published.postId());
    String excerpt =
        post == null ? "" : renderer.render(post.getMarkdown(), imageBase()).plainText();
    Instant now = Instant.now();
    recipients.forEach(
        (memberId, kind) ->
            notify(
                memberId,
                "post:" + published.postId(),
                kind,
                actor,
                published.topicTitle(),
                excerpt,
                published.path(),
                now));
  }

  void reviewReplied(@Observes ReviewReplied replied) {
    notify(
        replied.reviewAuthorMemberId(),
        "review-reply:" + replied.reviewId(),
        Kind.REVIEW_REPLY,
        null,
        replied.productTitle(),
        "",
        replied.path(),
        Instant.now());
  }

  private void notify(
      long memberId,
      String cause,
      Kind kind,
      String actor,
      String subject,
      String excerpt,
      String path,
      Instant now) {
    Optional<Member> member = member(memberId);
    if (member.isEmpty()
        || !em.createNamedQuery(Notification.BY_CAUSE, Notification.class)
            .setParameter("member", memberId)
            .setParameter("cause", cause)
            .getResultList()
            .isEmpty()) {
      return;
    }
    Notification n = new Notification(memberId, cause, kind, actor, subject, excerpt, path, now);
    em.persist(n);
    if (member.get().getPreferences().community() && mode(memberId) == MailMode.AT_ONCE) {
      em.flush();
      n.mailed(now);
      mails.atOnce(store(), member.get(), n);
    }
  }

  /** The member's choice, or the default digest when they never chose. */
  public MailMode mode(long memberId) {
    return em.createNamedQuery(NotificationSetting.FIND, NotificationSetting.class)
        .setParameter("member", memberId)
        .getResultStream()
        .findFirst()
        .map(NotificationSetting::getMailMode)
        .orElse(NotificationSetting.DEFAULT);
  }

  /**
   * Sends the member the digest of everything unread and not yet mailed. The rows are read with a
   * write lock and marked mailed in this transaction: a second server running the same digest waits
   * for it and then finds them mailed. False when there was nothing to send or the member wants no
   * digest.
   */
  public boolean digest(long memberId, Instant now) {
    Optional<Member> member = member(memberId);
    if (member.isEmpty()
        || !member.get().getPreferences().community()
        || mode(memberId) != MailMode.DIGEST) {
      return false;
    }
    List<Notification> unread =
        em.createNamedQuery(Notification.UNMAILED, Notification.class)
            .setParameter("member", memberId)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    if (unread.isEmpty()) {
      return false;
    }
    unread.forEach(n -> n.mailed(now));
    mails.digest(store(), member.get(), unread, NotificationMails.day(now));
    return true;
  }

  private Optional<Member> member(long id) {
    return em.createNamedQuery(Member.BY_ID, Member.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  private Tenant store() {
    return tenants.require(currentTenant.get().orElseThrow().slug());
  }

  private String imageBase() {
    return "/s/" + currentTenant.get().orElseThrow().slug() + "/community/images/";
  }
}
