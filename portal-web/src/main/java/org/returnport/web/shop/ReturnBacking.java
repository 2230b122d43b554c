package org.returnport.web.shop;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.returnport.credit.boundary.CreditView;
import org.returnport.credit.boundary.Credits;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.parcels.boundary.ParcelView;
import org.returnport.parcels.boundary.Parcels;
import org.returnport.policy.entity.PolicyRules;
import org.returnport.returns.boundary.ShopperReturns;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.returns.entity.ReturnLine;
import org.returnport.returns.entity.ReturnStatus;
import org.returnport.settlement.boundary.Settlements;
import org.returnport.settlement.entity.Settlement;
import org.returnport.web.errors.Feedback;
import org.returnport.web.tenancy.ShopperStore;

/**
 * {@code /s/{slug}/return?rma=…}: a return's status and timeline, where the shopper can also write
 * to the store. The signed link ({@code &t=…}) is checked once, its token moved into a cookie and
 * the shopper sent on to the address without it (see {@link StatusLinkCookie}).
 */
@Named("shopReturn")
@ViewScoped
public class ReturnBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ShopperReturns returns;

  @Inject transient Parcels parcels;

  @Inject transient Credits credits;

  @Inject transient Feedback feedback;

  @Inject transient ShopperStore store;

  @Inject transient Settlements settlements;

  private String rma;
  private String token;
  private String message;
  private boolean confirmingCancel;

  private transient ReturnCase returnCase;
  private transient Optional<ParcelView> parcel;
  private transient Optional<Settlement> settlement;
  private transient List<CreditView> creditList;
  private transient List<PolicyRules.TierPerk> perks;

  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    try {
      if (token != null) {
        returns.byLink(rma, token);
        String canonical = StatusLinkCookie.canonical(rma);
        StatusLinkCookie.give(
            request,
            (HttpServletResponse) external.getResponse(),
            store.getBasePath(),
            canonical,
            token);
        external.redirect(
            external.getRequestContextPath()
                + store.getBasePath()
                + "return?rma="
                + URLEncoder.encode(canonical, StandardCharsets.UTF_8));
        faces.responseComplete();
        return;
      }
      token = StatusLinkCookie.read(request, rma).orElse(null);
      returnCase = returns.byLink(rma, token);
    } catch (NotFoundException e) {
      external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      faces.responseComplete();
    }
  }

  public void send() {
    try {
      returns.message(rma, token, message);
      message = null;
      returnCase = null;
      feedback.info("shop.return.sent");
    } catch (RejectedException e) {
      feedback.rejected(e, "message");
    }
  }

  /** The shopper takes store credit instead of a refund the bank declined. */
  public void takeCredit() {
    try {
      settlements.takeCredit(rma, token);
      returnCase = null;
      settlement = null;
      feedback.info("shop.return.settlement.creditTaken");
    } catch (RejectedException e) {
      feedback.rejected(e, "settlement");
    }
  }

  /** What the return paid out so far, with any deduction and its reasons; empty before that. */
  public Settlement getSettlement() {
    if (settlement == null) {
      settlement = settlements.forShopper(rma, token).filter(Settlement::isWritten);
    }
    return settlement.orElse(null);
  }

  /** The returned item a deduction is about, by its line number. */
  public String itemName(int lineNo) {
    return getReturn().getLines().stream()
        .filter(l -> l.getLineNo() == lineNo)
        .map(ReturnLine::getName)
        .findFirst()
        .orElse(String.valueOf(lineNo));
  }

  /** The first press of "cancel" only asks whether the shopper means it. */
  public void askToCancel() {
    confirmingCancel = true;
  }

  public void keep() {
    confirmingCancel = false;
  }

  public void cancel() {
    confirmingCancel = false;
    returnCase = null;
    try {
      returns.cancel(rma, token);
      parcel = null;
      feedback.info("shop.return.cancelled");
    } catch (RejectedException e) {
      feedback.rejected(e, "cancel");
    }
  }

  public boolean isConfirmingCancel() {
    return confirmingCancel;
  }

  public ReturnCase getReturn() {
    if (returnCase == null) {
      returnCase = returns.byLink(rma, token);
    }
    return returnCase;
  }

  /**
   * The booked parcel while the shopper still has to send it (carrier and tracking number to hand
   * over at the drop-off); afterwards the timeline tells its journey.
   */
  public ParcelView getParcel() {
    if (parcel == null) {
      ReturnCase shown = getReturn();
      parcel =
          shown.getStatus() == ReturnStatus.APPROVED && !shown.isKeepItems()
              ? parcels.forShipment(returns.shipment(rma, token, store.getName()))
              : Optional.empty();
    }
    return parcel.orElse(null);
  }

  /** What the loyalty tier the return was requested under gives it; empty when none. */
  public List<PolicyRules.TierPerk> getTierPerks() {
    if (perks == null) {
      perks = returns.tierPerks(rma, token);
    }
    return perks;
  }

  /** Store credit and gift cards issued for this return, with their codes and balances. */
  public List<CreditView> getCredits() {
    if (creditList == null) {
      creditList = credits.forReturn(getReturn());
    }
    return creditList;
  }

  public String getRma() {
    return rma;
  }

  public void setRma(String rma) {
    this.rma = rma;
  }

  /** The token is only read from the e-mailed link, never written into a page or an address. */
  public String getT() {
    return null;
  }

  public void setT(String token) {
    this.token = token;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }
}
