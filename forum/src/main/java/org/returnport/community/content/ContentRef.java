package org.returnport.community.content;

/** One piece of members' writing, by its kind and id: what flags, queues and search point at. */
public record ContentRef(ContentKind kind, long id) {}
