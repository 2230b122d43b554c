package org.returnport.logistics.control;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.returnport.logistics.entity.Shipment;

/**
 * The customs declaration for a return that crosses a border, laid out like the postal CN23: the
 * goods are declared as returned goods, with their HS code, origin, weight and the value the
 * shopper paid, so that the store can reclaim duties rather than pay them twice.
 */
public final class CustomsDeclaration {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  private CustomsDeclaration() {}

  public static byte[] render(Shipment shipment, Instant today) {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 36, 36, 36, 36);
    PdfWriter.getInstance(document, pdf);
    document.addTitle("Customs declaration " + shipment.rma());
    document.open();
    document.add(
        new Paragraph(PdfText.bold("CUSTOMS DECLARATION · DÉCLARATION EN DOUANE (CN23)", 14)));
    document.add(
        new Paragraph(
            PdfText.text(
                "Category of item: RETURNED GOODS · Return "
                    + shipment.rma()
                    + " of order "
                    + shipment.orderNumber(),
                10)));

    PdfPTable parties = new PdfPTable(2);
    parties.setWidthPercentage(100);
    parties.setSpacingBefore(10);
    parties.addCell(party("Sender", shipment.from()));
    parties.addCell(party("Addressee", shipment.to()));
    document.add(parties);

    PdfPTable goods = new PdfPTable(new float[] {5, 1, 2, 2, 2, 2});
    goods.setWidthPercentage(100);
    goods.setSpacingBefore(10);
    goods.setHeaderRows(1);
    for (String heading :
        new String[] {
          "Description of contents",
          "Qty",
          "HS tariff no.",
          "Origin",
          "Net weight (kg)",
          "Value (" + shipment.currency() + ")"
        }) {
      goods.addCell(new PdfPCell(PdfText.bold(heading, 9)));
    }
    for (Shipment.Item item : shipment.items()) {
      goods.addCell(
          new PdfPCell(
              PdfText.text(
                  item.description() + " (" + item.sku() + ")\nReason: " + item.reason(), 9)));
      goods.addCell(right(String.valueOf(item.quantity())));
      goods.addCell(new PdfPCell(PdfText.text(orDash(item.hsCode()), 9)));
      goods.addCell(new PdfPCell(PdfText.text(orDash(item.originCountry()), 9)));
      goods.addCell(right(kilograms(item.gramsEach() * item.quantity())));
      goods.addCell(right(money(item.value())));
    }
    PdfPCell total = new PdfPCell(PdfText.bold("Total", 9));
    total.setColspan(4);
    goods.addCell(total);
    goods.addCell(right(kilograms(shipment.totalGrams())));
    goods.addCell(right(money(shipment.totalValue())));
    document.add(goods);

    Paragraph declaration =
        new Paragraph(
            PdfText.text(
                "I certify that the particulars given in this declaration are correct and that"
                    + " this item does not contain any dangerous article prohibited by legislation"
                    + " or by postal or customs regulations. The goods are returned to the seller"
                    + " who exported them; they were not used commercially.",
                9));
    declaration.setSpacingBefore(12);
    document.add(declaration);
    Paragraph signature =
        new Paragraph(
            PdfText.text(
                "Date: "
                    + DATE.format(today)
                    + "        Sender's signature: ______________________",
                10));
    signature.setSpacingBefore(24);
    document.add(signature);
    Paragraph carrier =
        new Paragraph(
            PdfText.text("Carrier: " + shipment.carrier() + " · " + shipment.storeName(), 8));
    carrier.setSpacingBefore(12);
    document.add(carrier);
    document.close();
    return pdf.toByteArray();
  }

  private static PdfPCell party(String role, Shipment.Party party) {
    Phrase phrase = new Phrase();
    phrase.add(PdfText.bold(role + "\n", 8));
    phrase.add(PdfText.bold(party.name() + "\n", 10));
    phrase.add(PdfText.text(party.address() + "\n", 10));
    phrase.add(PdfText.bold(PdfText.countryName(party.country()), 10));
    PdfPCell cell = new PdfPCell(phrase);
    cell.setPadding(6);
    return cell;
  }

  private static PdfPCell right(String text) {
    PdfPCell cell = new PdfPCell(PdfText.text(text, 9));
    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
    return cell;
  }

  private static String kilograms(int grams) {
    return BigDecimal.valueOf(grams)
        .movePointLeft(3)
        .setScale(3, RoundingMode.HALF_UP)
        .toPlainString();
  }

  private static String money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  private static String orDash(String text) {
    return text == null || text.isBlank() ? "-" : text;
  }
}
