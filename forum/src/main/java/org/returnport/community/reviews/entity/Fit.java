package org.returnport.community.reviews.entity;

/** How a piece of clothing fits the reviewer compared with the size they ordered. */
public enum Fit {
  RUNS_SMALL,
  TRUE_TO_SIZE,
  RUNS_LARGE
}
