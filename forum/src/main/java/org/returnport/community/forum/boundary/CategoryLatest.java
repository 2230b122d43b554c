package org.returnport.community.forum.boundary;

import java.util.List;

/** A section on the community's home, with its latest topics. */
public record CategoryLatest(CategoryView category, List<TopicSummary> latest) {}
