package org.returnport.community.moderation.control;

/** What happens to a new post or review: shown at once, or held for a moderator first. */
public enum Admission {
  PUBLISH,
  HOLD
}
