package org.returnport.web.shop;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.returnport.errors.RejectedException;
import org.returnport.exchanges.boundary.Exchanges;
import org.returnport.exchanges.boundary.Exchanges.ExchangeView;
import org.returnport.policy.entity.Resolution;
import org.returnport.web.errors.Feedback;

/**
 * The exchange part of a return's status page ({@code /s/{slug}/return?rma=…}): what is set aside,
 * the price difference and its payment link, and the shopper's choice when the replacement ran out.
 * It reads the return's link from the same cookie as {@link ReturnBacking}.
 */
@Named("shopExchange")
@ViewScoped
public class ExchangeBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Exchanges exchanges;

  @Inject transient Feedback feedback;

  private final Map<Integer, String> variants = new HashMap<>();

  private String rma;
  private String token;

  private transient Optional<ExchangeView> view;

  public ExchangeView getView() {
    if (view == null) {
      view = exchanges.view(rma(), token());
    }
    return view.orElse(null);
  }

  public void chooseVariant(int lineNo) {
    act(
        () -> exchanges.chooseVariant(rma(), token(), lineNo, variants.get(lineNo)),
        "exchange-choice");
  }

  public void takeCredit() {
    act(() -> exchanges.takeInstead(rma(), token(), Resolution.STORE_CREDIT), "exchange-choice");
  }

  public void takeRefund() {
    act(() -> exchanges.takeInstead(rma(), token(), Resolution.REFUND), "exchange-choice");
  }

  public void retryPaymentLink() {
    act(() -> exchanges.retryPaymentLink(rma(), token()), "exchange-choice");
  }

  private void act(Runnable action, String form) {
    try {
      action.run();
      view = null;
      feedback.info("shop.exchange.changed");
    } catch (RejectedException e) {
      feedback.rejected(e, form);
    }
  }

  public Map<Integer, String> getVariants() {
    return variants;
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  /** The return of the page, as its address named it when the view was first shown. */
  private String rma() {
    if (rma == null) {
      rma = request().getParameter("rma");
    }
    return rma;
  }

  private String token() {
    if (token == null) {
      token = StatusLinkCookie.read(request(), rma()).orElse(null);
    }
    return token;
  }
}
