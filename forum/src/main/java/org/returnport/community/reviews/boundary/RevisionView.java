package org.returnport.community.reviews.boundary;

import java.time.Instant;
import org.returnport.community.reviews.entity.Fit;

/** An earlier version of a review, shown when someone opens its history. */
public record RevisionView(
    int revision, int stars, String title, String html, Fit fit, Instant writtenAt) {}
