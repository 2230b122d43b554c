package org.returnport.web.shop.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.returnport.community.forum.boundary.CategoryPage;
import org.returnport.community.forum.boundary.Forum;
import org.returnport.errors.NotFoundException;

/**
 * {@code /s/{slug}/community/c/{id}-{slug}}: a section's topics, pinned first. A wrong slug moves
 * for good to the right address; an unknown id (or one of another store) is not found.
 */
@Named("communityCategory")
@RequestScoped
public class CategoryBacking {

  @Inject Forum forum;

  @Inject CommunityLinks links;

  private CategoryPage page;

  public void load() {
    var named = PageAnswers.named();
    if (named.isEmpty()) {
      PageAnswers.notFound();
      return;
    }
    try {
      page = forum.category(named.get().id(), PageAnswers.page());
    } catch (NotFoundException e) {
      PageAnswers.notFound();
      return;
    }
    if (!PageAnswers.asked(page.category().path())) {
      PageAnswers.movedTo(links.to(page.pagePath(page.page())));
    }
  }

  public CategoryPage getPage() {
    return page;
  }
}
