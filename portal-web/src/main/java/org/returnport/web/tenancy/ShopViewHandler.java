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
    Object forwardedFrom =
        context.getExternalContext().getRequestMap().get("jakarta.servlet.forward.request_uri");
    if (store.isPresent() && forwardedFrom != null) {
      // A page with an id in its address (a topic) posts back to that same address.
      return forwardedFrom.toString();
    }
    return super.getActionURL(context, viewId);
  }
}
