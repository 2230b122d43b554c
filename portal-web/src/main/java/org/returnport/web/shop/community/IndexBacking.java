package org.returnport.web.shop.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.returnport.community.forum.boundary.CategoryLatest;
import org.returnport.community.forum.boundary.Forum;

/** {@code /s/{slug}/community}: the store's sections, each with its latest topics. */
@Named("communityHome")
@RequestScoped
public class IndexBacking {

  @Inject Forum forum;

  private List<CategoryLatest> sections;

  public List<CategoryLatest> getSections() {
    if (sections == null) {
      sections = forum.home();
    }
    return sections;
  }
}
