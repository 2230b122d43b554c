package org.returnport.web.shop;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import org.returnport.payments.boundary.SandboxBooks;
import org.returnport.payments.boundary.SandboxBooks.LinkToPay;

/**
 * {@code /s/{slug}/pay?link=…}: the sandbox gateway's payment page, where the shopper pays what a
 * payment link asks for (a price difference, say) with one button, as on a real gateway's page.
 * Paying twice pays once.
 */
@Named("shopPay")
@ViewScoped
public class PayBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient SandboxBooks books;

  private String link;

  private transient LinkToPay toPay;

  public void load() throws IOException {
    Optional<LinkToPay> found = link == null ? Optional.empty() : books.linkToPay(link);
    if (found.isEmpty()) {
      FacesContext faces = FacesContext.getCurrentInstance();
      ExternalContext external = faces.getExternalContext();
      external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      faces.responseComplete();
      return;
    }
    toPay = found.get();
  }

  public void pay() {
    books.payLink(link);
    toPay = books.linkToPay(link).orElse(toPay);
  }

  public String getLink() {
    return link;
  }

  public void setLink(String link) {
    this.link = link;
  }

  public LinkToPay getToPay() {
    if (toPay == null && link != null) {
      toPay = books.linkToPay(link).orElse(null);
    }
    return toPay;
  }
}
