package org.returnport.returns.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import org.returnport.returns.control.PhotoStash;

/**
 * Deletes the photo areas of visits that ended without their session saying so (a server stopped, a
 * session moved); each server cleans its own disk.
 */
@Stateless
public class PhotoStashCleanup {

  @Inject PhotoStash stash;

  @Schedule(minute = "*/10", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void clean() {
    stash.dropOld(Instant.now());
  }
}
