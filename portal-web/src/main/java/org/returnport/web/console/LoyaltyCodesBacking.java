package org.returnport.web.console;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.loyalty.redemption.boundary.DiscountCodeView;
import org.returnport.loyalty.redemption.boundary.Redemptions;

/**
 * {@code /console/loyalty-codes.xhtml}: Console › Loyalty › Discount codes. The discount codes
 * members bought with points (last four only), a page at a time, and the CSV of every code for a
 * Shopify shop's bulk import.
 */
@Named("loyaltyCodes")
@ViewScoped
@StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT})
public class LoyaltyCodesBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE = 50;

  @Inject transient Redemptions redemptions;

  private int page;

  private transient List<DiscountCodeView> rows;
  private Long total;

  public List<DiscountCodeView> getRows() {
    if (rows == null) {
      rows = redemptions.discountCodes(page * PAGE, PAGE);
    }
    return rows;
  }

  public long getTotal() {
    if (total == null) {
      total = redemptions.discountCodeCount();
    }
    return total;
  }

  public int getPage() {
    return page + 1;
  }

  public int getPages() {
    return (int) Math.max(1, (getTotal() + PAGE - 1) / PAGE);
  }

  public boolean isHasPrevious() {
    return page > 0;
  }

  public boolean isHasNext() {
    return page + 1 < getPages();
  }

  public void previous() {
    page = Math.max(0, page - 1);
    rows = null;
  }

  public void next() {
    page = Math.min(getPages() - 1, page + 1);
    rows = null;
  }

  /** Sends every code as Shopify's import CSV instead of the page. */
  public void download() throws IOException {
    String csv = redemptions.shopifyCsv();
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType("text/csv; charset=UTF-8");
    external.setResponseHeader(
        "Content-Disposition",
        "attachment; filename=\"loyalty-discounts-" + LocalDate.now(ZoneOffset.UTC) + ".csv\"");
    external.getResponseOutputStream().write(csv.getBytes(StandardCharsets.UTF_8));
    faces.responseComplete();
  }
}
