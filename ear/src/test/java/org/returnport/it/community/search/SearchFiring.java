package org.returnport.it.community.search;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import org.returnport.access.AnyCaller;
import org.returnport.community.content.ContentChanged;
import org.returnport.community.content.ContentKind;
import org.returnport.community.content.ContentRef;
import org.returnport.tenancy.TenantScoped;

/**
 * Tells of a post or review changing as the forum and the reviews do (in a transaction of the
 * store), for the tests only: deployed into the community's EJB module, where search observes it.
 */
@Stateless
@TenantScoped
@AnyCaller
public class SearchFiring {

  @Inject Event<ContentChanged> changes;

  public void changed(
      ContentKind kind,
      long id,
      boolean visible,
      String title,
      String text,
      Instant createdAt,
      String path) {
    changes.fire(
        new ContentChanged(new ContentRef(kind, id), visible, title, text, 1L, createdAt, path));
  }
}
