package org.returnport.web.tenancy;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Optional;

/**
 * Shopper pages are reached under {@code /s/{slug}/...} and forwarded to a view of {@code /shop/}:
 * their forms must post back to the store's address, not to the view's, or the store would be lost
 * on the way.
 */
public class ShopViewHandler extends ViewHandlerWrapper {

  public ShopViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public String getActionURL(FacesContext context, String viewId) {
    ShopperStore store = CDI.current().select(ShopperStore.class).get();
    Optional<String> page = ShopPages.page(viewId);
    if (store.isPresent() && page.isPresent()) {
      return context.getExternalContext().getRequestContextPath()
          + store.getBasePath()
          + page.get();
    }
    return super.getActionURL(context, viewId);
  }
}
