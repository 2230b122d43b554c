package org.returnport.web.shop;

import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** What the shopper filled in for one order line on the return page. */
public class ItemChoice implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int lineNo;
  private boolean selected;
  private int quantity = 1;
  private String reason;
  private String condition;
  private String comment;
  private String exchangeSku;
  private transient List<Part> uploads;
  private final List<String> photos = new ArrayList<>();

  ItemChoice(int lineNo) {
    this.lineNo = lineNo;
  }

  public int getLineNo() {
    return lineNo;
  }

  public boolean isSelected() {
    return selected;
  }

  public void setSelected(boolean selected) {
    this.selected = selected;
  }

  public int getQuantity() {
    return quantity;
  }

  public void setQuantity(int quantity) {
    this.quantity = quantity;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getCondition() {
    return condition;
  }

  public void setCondition(String condition) {
    this.condition = condition;
  }

  /** The files just chosen in the form; checked and kept as photos when the form is sent. */
  public List<Part> getUploads() {
    return uploads;
  }

  public void setUploads(List<Part> uploads) {
    this.uploads = uploads;
  }

  /**
   * The photos kept so far, without location metadata: references to where the visit keeps them, so
   * that the pictures themselves never enter the page's state.
   */
  public List<String> getPhotos() {
    return photos;
  }

  /** For an exchange: the variant the shopper wants instead. */
  public String getExchangeSku() {
    return exchangeSku;
  }

  public void setExchangeSku(String exchangeSku) {
    this.exchangeSku = exchangeSku;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
