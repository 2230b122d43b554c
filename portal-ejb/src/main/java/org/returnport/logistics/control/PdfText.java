package org.returnport.logistics.control;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Text for return papers, which mix Latin and Chinese script (a Chinese address on a parcel from
 * Germany): Helvetica where it can, the Adobe Chinese font STSong-Light (shown by every PDF reader
 * without being embedded) for the rest.
 */
final class PdfText {

  private static final BaseFont LATIN = font(BaseFont.HELVETICA, BaseFont.WINANSI);
  private static final BaseFont LATIN_BOLD = font(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI);
  private static final BaseFont CHINESE = font("STSong-Light", "UniGB-UCS2-H");

  private PdfText() {}

  static Phrase text(String text, float size) {
    return select(LATIN, size).process(text == null ? "" : text);
  }

  static Phrase bold(String text, float size) {
    return select(LATIN_BOLD, size).process(text == null ? "" : text);
  }

  static String countryName(String code) {
    return new Locale("", code).getDisplayCountry(Locale.ENGLISH).toUpperCase(Locale.ENGLISH);
  }

  private static FontSelector select(BaseFont latin, float size) {
    FontSelector selector = new FontSelector();
    selector.addFont(new Font(latin, size));
    selector.addFont(new Font(CHINESE, size));
    return selector;
  }

  private static BaseFont font(String name, String encoding) {
    try {
      return BaseFont.createFont(name, encoding, BaseFont.NOT_EMBEDDED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
