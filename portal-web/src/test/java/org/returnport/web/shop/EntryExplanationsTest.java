package org.returnport.web.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.returnport.loyalty.ledger.entity.EntryKind;
import org.returnport.web.errors.Messages;

class EntryExplanationsTest {

  private final ResourceBundle bundle =
      new ListResourceBundle() {
        @Override
        protected Object[][] getContents() {
          return new Object[][] {
            {"loyalty.entry.reviewAfterReturn", "Review of {0} after return {1}"},
            {"loyalty.entry.helpfulCount", "{0,number,integer} helpful votes"},
            {"shop.rewards.kind.EARN", "Points earned"},
            {"shop.rewards.kind.CLAWBACK", "Points taken back"},
            {"shop.rewards.kind.REDEEM", "Points redeemed"}
          };
        }
      };

  @Test
  void anEntryExplainsItselfWithItsArguments() {
    assertThat(
            EntryExplanations.explain(
                bundle,
                Locale.ENGLISH,
                "loyalty.entry.reviewAfterReturn",
                List.of("Merino Sweater", "RMA-7F3K"),
                EntryKind.EARN))
        .isEqualTo("Review of Merino Sweater after return RMA-7F3K");
  }

  @Test
  void anUnknownKeyIsToldInGeneralWordsNeverAsTheKey() {
    assertThat(
            EntryExplanations.explain(
                bundle,
                Locale.ENGLISH,
                "loyalty.entry.somethingNew",
                List.of("x"),
                EntryKind.CLAWBACK))
        .isEqualTo("Points taken back");
  }

  @Test
  void aKeyOutsideTheLedgersMessagesIsNotFollowed() {
    assertThat(
            EntryExplanations.explain(
                bundle, Locale.ENGLISH, "shop.rewards.kind.EARN", List.of(), EntryKind.REDEEM))
        .isEqualTo("Points redeemed");
  }

  @Test
  void anArgumentThePatternFormatsAsANumberIsGivenAsOne() {
    assertThat(
            EntryExplanations.explain(
                bundle,
                Locale.ENGLISH,
                "loyalty.entry.helpfulCount",
                List.of("1200"),
                EntryKind.EARN))
        .isEqualTo("1,200 helpful votes");
  }

  @Test
  void everyKindHasItsGeneralWordsInEnglishAndChinese() {
    for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
      ResourceBundle real = ResourceBundle.getBundle(Messages.BUNDLE, locale);
      for (EntryKind kind : EntryKind.values()) {
        assertThat(
                EntryExplanations.explain(
                    real, locale, "loyalty.entry.notYetKnown", List.of(), kind))
            .as(kind + " in " + locale)
            .isNotBlank()
            .doesNotContain("loyalty.entry")
            .doesNotContain("shop.rewards");
      }
    }
    assertThat(
            EntryExplanations.explain(
                ResourceBundle.getBundle(Messages.BUNDLE, Locale.SIMPLIFIED_CHINESE),
                Locale.SIMPLIFIED_CHINESE,
                null,
                List.of(),
                EntryKind.EXPIRE))
        .isEqualTo("积分已过期");
  }
}
