package org.returnport.it.community.perf;

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
 * Fires a store's ContentChanged in a transaction of that store, as the forum does when a post is
 * hidden (its observers, search included, work in the store's persistence context); deployed into
 * the forum module for the guest page cache's test.
 */
@Stateless
@TenantScoped
@AnyCaller
public class ContentChangedFiring {

  @Inject Event<ContentChanged> changed;

  public void hidden() {
    changed.fire(
        new ContentChanged(
            new ContentRef(ContentKind.POST, 1),
            false,
            "A post",
            "Runs small.",
            1,
            Instant.now(),
            "community/t/1-a-post#p2"));
  }
}
