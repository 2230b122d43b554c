package org.returnport.community.reviews.boundary;

import org.returnport.community.reviews.entity.Fit;

/**
 * What a member writes: the stars (1 to 5), a title, the text in Markdown (photos are image links
 * to the store's uploads in it) and, for clothing and shoes, how it fits.
 */
public record ReviewInput(Integer stars, String title, String markdown, Fit fit) {}
