package org.returnport.community.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelevanceTest {

  private static final double[] ONE_TERM = {Relevance.termWeight(1000, 10)};

  @Test
  void aDocumentThatSaysTheWordMoreOftenRanksHigher() {
    assertThat(Relevance.score(ONE_TERM, new int[] {3}, 100, 100, 0))
        .isGreaterThan(Relevance.score(ONE_TERM, new int[] {1}, 100, 100, 0));
  }

  @Test
  void aShortDocumentRanksAboveALongOneSayingItAsOften() {
    assertThat(Relevance.score(ONE_TERM, new int[] {1}, 20, 100, 0))
        .isGreaterThan(Relevance.score(ONE_TERM, new int[] {1}, 400, 100, 0));
  }

  @Test
  void aRareTermWeighsMoreThanACommonOne() {
    assertThat(Relevance.termWeight(1000, 2)).isGreaterThan(Relevance.termWeight(1000, 500));
    assertThat(Relevance.termWeight(1000, 1000)).isPositive();
  }

  @Test
  void amongEquallyRelevantDocumentsTheNewerRanksHigher() {
    double today = Relevance.score(ONE_TERM, new int[] {1}, 100, 100, 0);
    double lastMonth = Relevance.score(ONE_TERM, new int[] {1}, 100, 100, 30);
    double lastYear = Relevance.score(ONE_TERM, new int[] {1}, 100, 100, 365);

    assertThat(today).isGreaterThan(lastMonth).isGreaterThan(lastYear);
    assertThat(today / lastYear).isLessThan(1.5);
  }

  @Test
  void recencyDoesNotOutweighAMuchBetterMatch() {
    assertThat(Relevance.score(ONE_TERM, new int[] {6}, 100, 100, 365))
        .isGreaterThan(Relevance.score(ONE_TERM, new int[] {1}, 100, 100, 0));
  }
}
