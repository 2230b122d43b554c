package org.returnport.web.shop;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import org.returnport.errors.NotFoundException;
import org.returnport.logistics.control.CustomsDeclaration;
import org.returnport.logistics.control.ReturnLabel;
import org.returnport.logistics.entity.Shipment;
import org.returnport.parcels.boundary.LabelDocument;
import org.returnport.parcels.boundary.Parcels;
import org.returnport.returns.boundary.ShopperReturns;
import org.returnport.web.tenancy.ShopperStore;

/**
 * {@code /s/{slug}/label.pdf?rma=…} and {@code /s/{slug}/customs.pdf?rma=…}: the parcel's label
 * and, across a border, its customs declaration, for the browser that opened the return's signed
 * link (its token is in the return's cookie). Reached only through the store's address (the shopper
 * filter forwards here). Once a carrier booked the parcel, the label is the carrier's own document,
 * with its tracking number.
 */
@WebServlet("/shop/papers/*")
public class ReturnPapersServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient ShopperReturns returns;

  @Inject transient ShopperStore store;

  @Inject transient Parcels parcels;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String paper = request.getPathInfo() == null ? "" : request.getPathInfo();
    Shipment shipment;
    try {
      String rma = request.getParameter("rma");
      String token = StatusLinkCookie.read(request, rma).orElse(null);
      shipment = returns.shipment(rma, token, store.getName());
    } catch (NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] pdf;
    String type = "application/pdf";
    if (paper.equals("/label")) {
      LabelDocument carrierLabel = parcels.labelFor(shipment).orElse(null);
      pdf = carrierLabel == null ? ReturnLabel.render(shipment) : carrierLabel.content();
      type = carrierLabel == null ? type : carrierLabel.mediaType();
    } else if (paper.equals("/customs") && shipment.crossesBorder()) {
      pdf = CustomsDeclaration.render(shipment, Instant.now());
    } else {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType(type);
    response.setHeader(
        "Content-Disposition",
        "inline; filename=\"" + shipment.rma() + paper.replace('/', '-') + ".pdf\"");
    response.setHeader("Cache-Control", "private, no-store");
    response.setContentLength(pdf.length);
    response.getOutputStream().write(pdf);
  }
}
