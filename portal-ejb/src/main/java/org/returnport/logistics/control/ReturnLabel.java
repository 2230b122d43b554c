package org.returnport.logistics.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.Barcode128;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.returnport.logistics.entity.Shipment;

/**
 * The label a shopper prints and sticks on the parcel (A6): where it goes, with which carrier, and
 * the RMA as text, as a Code 128 barcode and as a QR code, so the hub can scan it on arrival. Once
 * a carrier booked the parcel, its tracking number is printed too, with a barcode of its own for
 * the carrier's scanners.
 */
public final class ReturnLabel {

  private static final Rectangle A6 = new Rectangle(298, 420);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  private ReturnLabel() {}

  public static byte[] render(Shipment shipment) {
    return render(shipment, null);
  }

  /** The label with the carrier's tracking number, or without one when it is null. */
  public static byte[] render(Shipment shipment, String trackingNumber) {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    Document document = new Document(A6, 14, 14, 14, 14);
    PdfWriter writer = PdfWriter.getInstance(document, pdf);
    document.addTitle("Return label " + shipment.rma());
    document.open();
    PdfPTable header = new PdfPTable(new float[] {3, 2});
    header.setWidthPercentage(100);
    header.addCell(cell(PdfText.bold("RETURN · " + shipment.storeName(), 11)));
    PdfPCell carrier = cell(PdfText.bold(shipment.carrier(), 11));
    carrier.setHorizontalAlignment(Element.ALIGN_RIGHT);
    header.addCell(carrier);
    document.add(header);

    document.add(new Paragraph(PdfText.text("FROM", 7)));
    document.add(party(shipment.from(), 8));
    Paragraph to = new Paragraph(PdfText.text("TO", 7));
    to.setSpacingBefore(6);
    document.add(to);
    document.add(party(shipment.to(), 12));

    Paragraph rma = new Paragraph(PdfText.bold(shipment.rma(), 20));
    rma.setSpacingBefore(8);
    rma.setAlignment(Element.ALIGN_CENTER);
    document.add(rma);

    PdfContentByte canvas = writer.getDirectContent();
    Barcode128 barcode = new Barcode128();
    barcode.setCode(shipment.rma());
    barcode.setBarHeight(42);
    barcode.setX(1.1f);
    Image bars = barcode.createImageWithBarcode(canvas, null, null);
    bars.setAlignment(Element.ALIGN_CENTER);
    document.add(bars);

    if (trackingNumber != null) {
      Paragraph tracking = new Paragraph(PdfText.bold("Tracking " + trackingNumber, 9));
      tracking.setSpacingBefore(4);
      tracking.setAlignment(Element.ALIGN_CENTER);
      document.add(tracking);
      Barcode128 trackingBars = new Barcode128();
      trackingBars.setCode(trackingNumber);
      trackingBars.setBarHeight(30);
      trackingBars.setX(0.9f);
      Image carrierBars = trackingBars.createImageWithBarcode(canvas, null, null);
      carrierBars.setAlignment(Element.ALIGN_CENTER);
      document.add(carrierBars);
    }

    PdfPTable footer = new PdfPTable(new float[] {3, 2});
    footer.setWidthPercentage(100);
    footer.setSpacingBefore(6);
    String shipBy = shipment.shipBy() == null ? "" : "Send by " + DATE.format(shipment.shipBy());
    footer.addCell(
        cell(
            PdfText.text(
                "Order "
                    + shipment.orderNumber()
                    + "\n"
                    + shipment.items().stream().mapToInt(Shipment.Item::quantity).sum()
                    + " item(s), "
                    + shipment.totalGrams()
                    + " g\n"
                    + shipBy
                    + (shipment.crossesBorder() ? "\nCustoms declaration enclosed" : ""),
                8)));
    PdfPCell qr = new PdfPCell(qrCode(canvas, shipment.rma()), false);
    qr.setBorder(Rectangle.NO_BORDER);
    qr.setHorizontalAlignment(Element.ALIGN_RIGHT);
    footer.addCell(qr);
    document.add(footer);
    document.close();
    return pdf.toByteArray();
  }

  private static Paragraph party(Shipment.Party party, float size) {
    Paragraph paragraph = new Paragraph();
    paragraph.add(PdfText.bold(party.name() + "\n", size));
    paragraph.add(PdfText.text(party.address() + "\n", size));
    paragraph.add(PdfText.bold(PdfText.countryName(party.country()), size));
    return paragraph;
  }

  private static PdfPCell cell(com.lowagie.text.Phrase phrase) {
    PdfPCell cell = new PdfPCell(phrase);
    cell.setBorder(Rectangle.NO_BORDER);
    return cell;
  }

  /** The QR code drawn as vector squares, sharp at any print resolution. */
  private static Image qrCode(PdfContentByte canvas, String text) {
    BitMatrix matrix;
    try {
      matrix =
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      1));
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode " + text, e);
    }
    float module = 72f / matrix.getWidth();
    var template = canvas.createTemplate(72, 72);
    for (int y = 0; y < matrix.getHeight(); y++) {
      for (int x = 0; x < matrix.getWidth(); x++) {
        if (matrix.get(x, y)) {
          template.rectangle(x * module, 72 - (y + 1) * module, module, module);
        }
      }
    }
    template.fill();
    try {
      return Image.getInstance(template);
    } catch (com.lowagie.text.BadElementException e) {
      throw new IllegalStateException(e);
    }
  }
}
