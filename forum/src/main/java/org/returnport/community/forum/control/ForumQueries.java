package org.returnport.community.forum.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.returnport.access.Caller;
import org.returnport.community.category.entity.CommunityCategory;
import org.returnport.community.forum.entity.Post;
import org.returnport.community.forum.entity.Topic;
import org.returnport.errors.NotFoundException;
import org.returnport.members.entity.Member;

/**
 * The reads the forum's boundaries share, in the caller's (tenant-scoped) persistence context:
 * things by id as JPQL (so the store's filter applies; another store's id is "not found"), the
 * signed-in member, and the display names of many members in one query.
 */
@Dependent
public class ForumQueries {

  @PersistenceContext EntityManager em;

  @Inject Caller caller;

  public Topic topic(long id) {
    return em.createQuery("SELECT t FROM Topic t WHERE t.id = :id", Topic.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("topic " + id));
  }

  /** The topic, its row locked until the transaction ends: posts get their numbers one by one. */
  public Topic topicForUpdate(long id) {
    return em.createQuery("SELECT t FROM Topic t WHERE t.id = :id", Topic.class)
        .setParameter("id", id)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("topic " + id));
  }

  public Post post(long id) {
    return em.createQuery("SELECT p FROM Post p WHERE p.id = :id", Post.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("post " + id));
  }

  public CommunityCategory category(long id) {
    return em.createQuery(
            "SELECT c FROM CommunityCategory c WHERE c.id = :id", CommunityCategory.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("category " + id));
  }

  /** The signed-in person's membership of this store, if they are signed in and joined. */
  public Optional<Member> signedInMember() {
    return caller
        .userId()
        .flatMap(
            user ->
                em.createNamedQuery(Member.BY_USER, Member.class)
                    .setParameter("user", user)
                    .getResultStream()
                    .findFirst());
  }

  /** Display names by member id, in one query; members who left have none. */
  public Map<Long, String> names(Collection<Long> memberIds) {
    Map<Long, String> names = new HashMap<>();
    if (memberIds.isEmpty()) {
      return names;
    }
    List<Object[]> rows =
        em.createQuery(
                "SELECT m.id, m.displayName FROM Member m WHERE m.id IN :ids", Object[].class)
            .setParameter("ids", List.copyOf(memberIds))
            .getResultList();
    for (Object[] row : rows) {
      if (row[1] != null) {
        names.put((Long) row[0], (String) row[1]);
      }
    }
    return names;
  }

  /** The store's members an {@code @name} names, by the key of the name as typed. */
  public Optional<Member> memberNamed(String key) {
    return em.createNamedQuery(Member.BY_NAME_KEY, Member.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }
}
