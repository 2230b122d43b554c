package org.returnport.web.shop.reviews;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.returnport.web.tenancy.ShopperStore;
import org.returnport.web.widget.ReviewWidgetServlet;

/** {@code /s/{slug}/reviews/how-we-verify}: the store's public word on how reviews are checked. */
@Named("reviewVerification")
@RequestScoped
public class VerificationBacking {

  @Inject ShopperStore store;

  public String getCanonical() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    return ReviewWidgetServlet.origin(request) + store.getBasePath() + "reviews/how-we-verify";
  }
}
