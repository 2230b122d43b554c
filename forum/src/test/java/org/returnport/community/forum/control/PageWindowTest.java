package org.returnport.community.forum.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageWindowTest {

  @Test
  void aPageIsARangeOfTwentyPostNumbers() {
    PageWindow third = PageWindow.of(1000, 3);
    assertThat(third.firstNumber()).isEqualTo(41);
    assertThat(third.lastNumber()).isEqualTo(60);
    assertThat(third.pages()).isEqualTo(50);
    assertThat(third.hasPrevious()).isTrue();
    assertThat(third.hasNext()).isTrue();
  }

  @Test
  void theLastPageOfALongTopicCostsTheSameRangeAsTheFirst() {
    PageWindow last = PageWindow.of(1000, 50);
    assertThat(last.firstNumber()).isEqualTo(981);
    assertThat(last.lastNumber()).isEqualTo(1000);
    assertThat(last.hasNext()).isFalse();
  }

  @Test
  void pagesOutOfRangeShowTheNearestOne() {
    assertThat(PageWindow.of(41, 99).page()).isEqualTo(3);
    assertThat(PageWindow.of(41, -5).page()).isEqualTo(1);
    assertThat(PageWindow.of(0, 1).pages()).isEqualTo(1);
    assertThat(PageWindow.of(20, 2).page()).isEqualTo(1);
    assertThat(PageWindow.of(21, 2).page()).isEqualTo(2);
  }

  @Test
  void aPostIsOnThePageItsNumberFallsIn() {
    assertThat(PageWindow.pageOf(1)).isEqualTo(1);
    assertThat(PageWindow.pageOf(20)).isEqualTo(1);
    assertThat(PageWindow.pageOf(21)).isEqualTo(2);
    assertThat(PageWindow.pageOf(1000)).isEqualTo(50);
  }
}
