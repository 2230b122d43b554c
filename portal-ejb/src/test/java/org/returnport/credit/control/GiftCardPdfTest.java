package org.returnport.credit.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.returnport.credit.boundary.CreditView;
import org.returnport.credit.entity.CreditKind;
import org.returnport.money.Money;
import org.returnport.tenant.entity.Branding;
import org.returnport.tenant.entity.HexColor;

class GiftCardPdfTest {

  private static final Branding STORE =
      new Branding(
          "Linen House",
          HexColor.of("#1f4e79"),
          HexColor.of("#b45309"),
          List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE));

  @Test
  void theCardShowsTheStoreTheAmountTheWholeCodeAndTheExpiry() throws Exception {
    String code = CreditCode.generate();
    CreditView card = card(code, Instant.parse("2027-12-02T00:00:00Z"));

    byte[] pdf = GiftCardPdf.render(card, STORE, null, "en");

    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
    assertThat(text)
        .contains("Linen House")
        .contains("Gift card")
        .contains("33.00 EUR")
        .contains(code)
        .contains("Valid until December 2, 2027");
  }

  @Test
  void aCardThatNeverExpiresSaysSoInTheShoppersLanguage() throws Exception {
    byte[] pdf = GiftCardPdf.render(card(CreditCode.generate(), null), STORE, null, "zh-CN");

    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(new PdfReader(pdf).getNumberOfPages()).isEqualTo(1);
  }

  @Test
  void aLogoThePdfLibraryCannotReadLeavesTheStoresName() throws Exception {
    byte[] notAnImage =
        "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8);

    byte[] pdf = GiftCardPdf.render(card(CreditCode.generate(), null), STORE, notAnImage, "en");

    assertThat(new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1)).contains("Linen House");
  }

  private static CreditView card(String code, Instant expiresAt) {
    return new CreditView(
        CreditKind.GIFT_CARD,
        code,
        code.substring(code.length() - 4),
        Money.of("33.00", "EUR"),
        expiresAt,
        false,
        Money.of("33.00", "EUR"));
  }
}
