package org.returnport.community.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.returnport.community.notifications.entity.Notification.Kind;

class NotificationRecipientsTest {

  static Stream<Arguments> posts() {
    return Stream.of(
        // author, topic author, first post, subscribers, mentioned -> who hears, and why
        Arguments.of("a reply tells the topic's author", 2, 1, false, ids(), ids(), of(1, "REPLY")),
        Arguments.of(
            "a reply tells subscribers",
            2,
            1,
            false,
            ids(3, 4),
            ids(),
            of(1, "REPLY", 3, "SUBSCRIBED", 4, "SUBSCRIBED")),
        Arguments.of(
            "a mention tells the member named",
            2,
            1,
            false,
            ids(),
            ids(5),
            of(5, "MENTION", 1, "REPLY")),
        Arguments.of(
            "the author hears nothing of their own reply", 1, 1, false, ids(1), ids(1), of()),
        Arguments.of(
            "the author of a reply who follows the topic is not told",
            3,
            1,
            false,
            ids(1, 3),
            ids(),
            of(1, "REPLY")),
        Arguments.of(
            "a mentioned topic author is told once, as mentioned",
            2,
            1,
            false,
            ids(1),
            ids(1),
            of(1, "MENTION")),
        Arguments.of(
            "a mentioned subscriber is told once, as mentioned",
            2,
            1,
            false,
            ids(3),
            ids(3, 3),
            of(3, "MENTION", 1, "REPLY")),
        Arguments.of(
            "a new topic tells only those it mentions",
            1,
            1,
            true,
            ids(1, 7),
            ids(8),
            of(8, "MENTION")),
        Arguments.of("a new topic without mentions tells nobody", 1, 1, true, ids(1), ids(), of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("posts")
  void recipients(
      String rule,
      long author,
      long topicAuthor,
      boolean firstPost,
      List<Long> subscribers,
      List<Long> mentioned,
      Map<Long, Kind> expected) {
    assertThat(
            NotificationRecipients.forPost(author, topicAuthor, firstPost, subscribers, mentioned))
        .as(rule)
        .containsExactlyInAnyOrderEntriesOf(expected);
  }

  private static List<Long> ids(long... ids) {
    return Arrays.stream(ids).boxed().toList();
  }

  private static Map<Long, Kind> of(Object... pairs) {
    Map<Long, Kind> out = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.put(((Number) pairs[i]).longValue(), Kind.valueOf((String) pairs[i + 1]));
    }
    return out;
  }
}
