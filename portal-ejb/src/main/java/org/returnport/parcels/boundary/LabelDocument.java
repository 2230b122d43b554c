package org.returnport.parcels.boundary;

/** The label document a carrier issued, with its media type (a PDF for the carriers we have). */
public record LabelDocument(String trackingNumber, String mediaType, byte[] content) {

  public LabelDocument {
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }
}
