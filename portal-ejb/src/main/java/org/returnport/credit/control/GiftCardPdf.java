package org.returnport.credit.control;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.returnport.credit.boundary.CreditView;
import org.returnport.tenant.entity.Branding;
import org.returnport.tenant.entity.HexColor;

/**
 * A gift card as a printable card (the size of a credit card, landscape, on an A6 sheet): the
 * store's logo and name on its primary colour, the amount, the whole code and the expiry, in the
 * shopper's language. Chinese text uses the Adobe font STSong-Light, which every reader shows
 * without embedding.
 */
public final class GiftCardPdf {

  private static final Rectangle CARD = new Rectangle(298, 190);
  private static final String BUNDLE = "org.returnport.credit.mail";

  private GiftCardPdf() {}

  public static byte[] render(CreditView card, Branding store, byte[] logo, String language) {
    Locale locale = Locale.forLanguageTag(language == null ? "en" : language);
    ResourceBundle words = ResourceBundle.getBundle(BUNDLE, locale);
    HexColor primary = store.primaryColor();
    Color background = color(primary);
    Color text = color(primary.readableText());
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    Document document = new Document(CARD, 16, 16, 14, 12);
    PdfWriter writer = PdfWriter.getInstance(document, pdf);
    document.addTitle(store.displayName() + " gift card …" + card.last4());
    document.open();
    PdfContentByte under = writer.getDirectContentUnder();
    under.setColorFill(background);
    under.rectangle(0, 0, CARD.getWidth(), CARD.getHeight());
    under.fill();
    under.setColorFill(color(store.accentColor()));
    under.rectangle(0, 0, CARD.getWidth(), 8);
    under.fill();

    if (logo != null) {
      try {
        Image image = Image.getInstance(logo);
        image.scaleToFit(90, 32);
        image.setAlignment(Element.ALIGN_LEFT);
        document.add(image);
      } catch (IOException | RuntimeException e) {
        // A logo the PDF library cannot read leaves the card with the store's name alone.
      }
    }
    document.add(new Paragraph(phrase(store.displayName(), 12, true, text)));
    Paragraph title = new Paragraph(phrase(words.getString("credit.card.title"), 9, false, text));
    document.add(title);

    Paragraph amount =
        new Paragraph(
            phrase(
                card.balance().decimalString() + " " + card.balance().currency(), 22, true, text));
    amount.setAlignment(Element.ALIGN_RIGHT);
    document.add(amount);

    Paragraph code = new Paragraph(phrase(card.code(), 13, true, text));
    code.setAlignment(Element.ALIGN_CENTER);
    code.setSpacingBefore(6);
    document.add(code);

    String expiry =
        card.expiresAt() == null
            ? words.getString("credit.mail.noExpiry")
            : new java.text.MessageFormat(words.getString("credit.mail.expires"), locale)
                .format(
                    new Object[] {
                      DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                          .withLocale(locale)
                          .withZone(ZoneOffset.UTC)
                          .format(card.expiresAt())
                    });
    Paragraph valid = new Paragraph(phrase(expiry, 8, false, text));
    valid.setAlignment(Element.ALIGN_CENTER);
    document.add(valid);
    document.close();
    return pdf.toByteArray();
  }

  private static Color color(HexColor hex) {
    return Color.decode(hex.value());
  }

  private static Phrase phrase(String words, float size, boolean bold, Color color) {
    FontSelector selector = new FontSelector();
    selector.addFont(new Font(bold ? Fonts.LATIN_BOLD : Fonts.LATIN, size, Font.NORMAL, color));
    selector.addFont(new Font(Fonts.CHINESE, size, Font.NORMAL, color));
    return selector.process(words);
  }

  /** Loaded once, on first use. */
  private static final class Fonts {
    static final BaseFont LATIN = font(BaseFont.HELVETICA, BaseFont.WINANSI);
    static final BaseFont LATIN_BOLD = font(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI);
    static final BaseFont CHINESE = font("STSong-Light", "UniGB-UCS2-H");

    private static BaseFont font(String name, String encoding) {
      try {
        return BaseFont.createFont(name, encoding, BaseFont.NOT_EMBEDDED);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
