package org.returnport.community.moderation.control;

import jakarta.ejb.ApplicationException;
import java.time.Instant;
import java.util.Optional;
import org.returnport.errors.RejectedException;

/**
 * A banned member tried to write: refused with the moderator's reason and, for a ban with an end,
 * when it ends ({@code community.moderation.banned} or {@code community.moderation.bannedUntil}). A
 * refusal like any other, so pages and the API translate it as they translate every {@link
 * RejectedException}.
 */
@ApplicationException(rollback = true)
public class BannedException extends RejectedException {

  private final transient Optional<Instant> until;

  public BannedException(String reason, Optional<Instant> until) {
    super(
        null,
        until.isPresent() ? "community.moderation.bannedUntil" : "community.moderation.banned",
        until.isPresent() ? new Object[] {reason, until.get()} : new Object[] {reason});
    this.until = until;
  }

  /** When the ban ends; empty for a ban for good. */
  public Optional<Instant> until() {
    return until;
  }
}
