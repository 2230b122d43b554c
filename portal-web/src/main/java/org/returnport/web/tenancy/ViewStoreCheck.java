package org.returnport.web.tenancy;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * A view remembers the store it was rendered for, and a form posted from it acts only for that
 * store. Otherwise a console page left open for store A would act on store B once the person
 * switched stores in another tab, and a form state reached in one shop could be posted to another's
 * address. Such a post gets the not-found page and changes nothing. Registered in faces-config.xml.
 */
public class ViewStoreCheck implements PhaseListener {

  private static final long serialVersionUID = 1L;

  static final String RENDERED_FOR = "returnport.view.store";

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.ANY_PHASE;
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    if (event.getPhaseId() != PhaseId.RESTORE_VIEW
        || !faces.isPostback()
        || faces.getViewRoot() == null) {
      return;
    }
    var view = faces.getViewRoot().getViewMap(false);
    Object renderedFor = view == null ? null : view.get(RENDERED_FOR);
    if (renderedFor != null && !Objects.equals(renderedFor, currentStore())) {
      try {
        faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      faces.responseComplete();
    }
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    // A stateless view keeps no view map between requests, and creating one would open a session.
    if (event.getPhaseId() != PhaseId.RENDER_RESPONSE
        || faces.getViewRoot() == null
        || faces.getViewRoot().isTransient()) {
      return;
    }
    String store = currentStore();
    if (store != null) {
      faces.getViewRoot().getViewMap(true).putIfAbsent(RENDERED_FOR, store);
    }
  }

  /** The store this request acts for: a shop's, or the console's; none elsewhere. */
  private static String currentStore() {
    ShopperStore shop = CDI.current().select(ShopperStore.class).get();
    if (shop.isPresent()) {
      return "shop:" + shop.getSlug();
    }
    String console = CDI.current().select(ConsoleStore.class).get().getSlug();
    return console == null ? null : "console:" + console;
  }
}
