package org.returnport.community.forum.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

  @Test
  void latinTitlesBecomeLowerCaseWordsJoinedByHyphens() {
    assertThat(Slugs.of("Fit of the Sweater?!", 80)).isEqualTo("fit-of-the-sweater");
    assertThat(Slugs.of("  Size 38 -- runs   SMALL ", 80)).isEqualTo("size-38-runs-small");
  }

  @Test
  void accentsAreDroppedNotTheLetters() {
    assertThat(Slugs.of("Crème brûlée für Zoë", 80)).isEqualTo("creme-brulee-fur-zoe");
  }

  @Test
  void chineseTitlesAreNotTransliteratedTheAddressIsTheIdAlone() {
    assertThat(Slugs.of("毛衣偏小吗？", 80)).isEmpty();
    assertThat(Slugs.of("毛衣 size M 偏小", 80)).isEqualTo("size-m");
  }

  @Test
  void longTitlesAreCutAtAWordNeverInsideOne() {
    String slug = Slugs.of("alpha beta gamma delta", 12);
    assertThat(slug).isEqualTo("alpha-beta");
    assertThat(Slugs.of("x".repeat(100), 80)).isEmpty();
  }

  @Test
  void markupAndPathTricksLeaveNothingButWords() {
    assertThat(Slugs.of("<script>alert(1)</script>/../etc", 80))
        .isEqualTo("script-alert-1-script-etc");
    assertThat(Slugs.of(null, 80)).isEmpty();
  }
}
