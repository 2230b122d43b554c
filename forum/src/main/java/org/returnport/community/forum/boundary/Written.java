package org.returnport.community.forum.boundary;

import org.returnport.community.forum.entity.Post.State;

/** A post just written: where it is, and whether it is shown or waits for a moderator. */
public record Written(long topicId, long postId, int number, State state, String path) {}
