package org.returnport.community.reviews.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.returnport.access.AnyCaller;
import org.returnport.community.content.SitemapSource;
import org.returnport.tenancy.TenantScoped;

/** The store's reviewed products for its sitemap: one page per product with published reviews. */
@Stateless
@TenantScoped
@AnyCaller
public class ReviewSitemap implements SitemapSource {

  @Inject Reviews reviews;

  @Override
  public List<Entry> entries(int limit) {
    return reviews.rated(limit).stream()
        .map(rating -> new Entry("reviews/" + rating.getSku(), rating.getLastChangeAt()))
        .toList();
  }
}
