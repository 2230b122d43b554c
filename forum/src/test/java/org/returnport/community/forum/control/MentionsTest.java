package org.returnport.community.forum.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MentionsTest {

  @Test
  void namesAfterAnAtAreMentionsEachOnceInOrder() {
    assertThat(Mentions.in("@Lena thanks! And @bob_7, see (@Lena) too."))
        .containsExactly("Lena", "bob_7");
  }

  @Test
  void aFullStopEndsTheSentenceNotTheName() {
    assertThat(Mentions.in("Ask @anna.lee.")).containsExactly("anna.lee");
  }

  @Test
  void chineseNamesAreMentionsToo() {
    assertThat(Mentions.in("谢谢 @小明，尺码很准")).containsExactly("小明");
  }

  @Test
  void emailAddressesAndCodeAreNoMentions() {
    assertThat(Mentions.in("write to help@store.com or `@admin` or\n```\n@root\n```")).isEmpty();
  }

  @Test
  void theRenderersNamesComeFirstThenTheTextsOwn() {
    assertThat(Mentions.of("@b and @a", List.of("a"))).containsExactly("a", "b");
  }
}
