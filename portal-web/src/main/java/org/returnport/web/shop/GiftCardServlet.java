package org.returnport.web.shop;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.returnport.credit.boundary.Credits;
import org.returnport.errors.NotFoundException;
import org.returnport.returns.boundary.ShopperReturns;
import org.returnport.returns.entity.ReturnCase;

/**
 * {@code /s/{slug}/giftcard.pdf?rma=…&card=…}: a gift card issued for a return, as a PDF card in
 * the store's colours, for the browser that opened the return's signed link (its token is in the
 * return's cookie); {@code card} is the code's last four. Reached only through the store's address
 * (the shopper filter forwards here).
 */
@WebServlet("/shop/giftcard")
public class GiftCardServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient ShopperReturns returns;

  @Inject transient Credits credits;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    byte[] pdf;
    String card = request.getParameter("card");
    try {
      String rma = request.getParameter("rma");
      String token = StatusLinkCookie.read(request, rma).orElse(null);
      ReturnCase returnCase = returns.byLink(rma, token);
      pdf = credits.giftCardPdf(returnCase, card == null ? "" : card);
    } catch (NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("application/pdf");
    response.setHeader(
        "Content-Disposition",
        "inline; filename=\"gift-card-" + card.replaceAll("[^A-Za-z0-9]", "") + ".pdf\"");
    response.setHeader("Cache-Control", "private, no-store");
    response.setContentLength(pdf.length);
    response.getOutputStream().write(pdf);
  }
}
