package org.returnport.web.shop;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import org.returnport.platform.entity.NotFoundException;
import org.returnport.platform.entity.RejectedException;
import org.returnport.returns.boundary.ShopperReturns;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.web.errors.Feedback;

/**
 * {@code /s/{slug}/return?rma=…&t=…}: a return's status and timeline, reached by its signed link,
 * where the shopper can also write to the store.
 */
@Named("shopReturn")
@ViewScoped
public class ReturnBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ShopperReturns returns;

  @Inject transient Feedback feedback;

  private String rma;
  private String token;
  private String message;

  private transient ReturnCase returnCase;

  public void load() throws IOException {
    try {
      returnCase = returns.byLink(rma, token);
    } catch (NotFoundException e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
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

  public ReturnCase getReturn() {
    if (returnCase == null) {
      returnCase = returns.byLink(rma, token);
    }
    return returnCase;
  }

  public String getRma() {
    return rma;
  }

  public void setRma(String rma) {
    this.rma = rma;
  }

  public String getT() {
    return token;
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
