package org.returnport.loyalty.rewards.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryPageTest {

  @Test
  void entriesFillWholePagesAndOneMore() {
    assertThat(HistoryPage.pages(0, 20)).as("an empty history is one page").isEqualTo(1);
    assertThat(HistoryPage.pages(20, 20)).isEqualTo(1);
    assertThat(HistoryPage.pages(21, 20)).isEqualTo(2);
    assertThat(HistoryPage.pages(400, 20)).isEqualTo(20);
  }

  @Test
  void aPageOutsideTheHistoryShowsTheNearestOne() {
    assertThat(HistoryPage.shown(0, 3)).isEqualTo(1);
    assertThat(HistoryPage.shown(-4, 3)).isEqualTo(1);
    assertThat(HistoryPage.shown(2, 3)).isEqualTo(2);
    assertThat(HistoryPage.shown(9, 3)).isEqualTo(3);
  }

  @Test
  void theFirstAndLastPagesLinkOnlyOneWay() {
    assertThat(new HistoryPage(List.of(), 1, 3, 50).hasPrevious()).isFalse();
    assertThat(new HistoryPage(List.of(), 1, 3, 50).hasNext()).isTrue();
    assertThat(new HistoryPage(List.of(), 3, 3, 50).hasPrevious()).isTrue();
    assertThat(new HistoryPage(List.of(), 3, 3, 50).hasNext()).isFalse();
  }
}
