package org.returnport.community.moderation.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DuplicatesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Buy cheap sweaters at my shop!   | buy cheap sweaters at my shop",
        "BUY   cheap sweaters, at my shop | buy cheap sweaters at my shop",
        "ＢＵＹ cheap sweaters at my shop | buy cheap sweaters at my shop",
        "这件毛衣 真的很好穿，尺码也标准！ | 这件毛衣真的很好穿尺码也标准",
      })
  void copiesThatDifferOnlyInCaseSpacingPunctuationOrWidthAreTheSame(String a, String b) {
    assertThat(Duplicates.normalise(a)).isEqualTo(Duplicates.normalise(b));
    assertThat(Duplicates.fingerprint(a)).isPresent().isEqualTo(Duplicates.fingerprint(b));
  }

  @Test
  void differentTextsHaveDifferentFingerprints() {
    assertThat(Duplicates.fingerprint("The sleeves run long on me"))
        .isNotEqualTo(Duplicates.fingerprint("The sleeves run short on me"));
  }

  @ParameterizedTest
  @CsvSource({"Thanks!", "'+1 agreed'", "谢谢分享！", "''"})
  void shortTextsAreNeverDuplicates(String text) {
    assertThat(Duplicates.fingerprint(text)).isEmpty();
  }

  @Test
  void aChineseSentenceOfTwelveCharactersIsChecked() {
    assertThat(Duplicates.fingerprint("这件毛衣的尺码比平时偏小一号")).isPresent();
  }
}
