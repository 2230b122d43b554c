package org.returnport.community.forum.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.returnport.access.AnyCaller;
import org.returnport.community.category.boundary.Communities;
import org.returnport.community.category.entity.CommunityCategory;
import org.returnport.community.content.SitemapSource;
import org.returnport.community.forum.control.Addresses;
import org.returnport.community.forum.entity.Topic;
import org.returnport.tenancy.TenantScoped;

/**
 * The forum's public pages for the store's sitemap: the community's home, its sections and its
 * topics, most recently active first.
 */
@Stateless
@TenantScoped
@AnyCaller
public class ForumSitemap implements SitemapSource {

  @PersistenceContext EntityManager em;

  @Inject Communities communities;

  @Override
  public List<Entry> entries(int limit) {
    List<Topic> topics =
        em.createNamedQuery(Topic.RECENT, Topic.class)
            .setMaxResults(Math.max(1, limit))
            .getResultList();
    Instant latest = topics.isEmpty() ? null : topics.get(0).getLastPostAt();
    List<Entry> entries = new ArrayList<>();
    entries.add(new Entry(Addresses.HOME, latest));
    for (CommunityCategory category : communities.categories()) {
      entries.add(new Entry(CategoryView.of(category).path(), null));
    }
    for (Topic topic : topics) {
      if (entries.size() >= limit) {
        break;
      }
      entries.add(
          new Entry(Addresses.topic(topic.getId(), topic.getSlug()), topic.getLastPostAt()));
    }
    return entries;
  }
}
