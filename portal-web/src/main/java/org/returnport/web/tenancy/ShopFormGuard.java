package org.returnport.web.tenancy;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * A shopper page's form belongs to the store it was shown for: the store is written into the view's
 * state when the page is rendered, and a form posted to another store's address (the state of store
 * A sent to {@code /s/B/...}) is answered "not found" right after the view is restored, before any
 * of it is applied or acted on.
 */
public class ShopFormGuard implements PhaseListener {

  private static final long serialVersionUID = 1L;
  static final String STORE = "returnport.store";

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
    Object shownFor = faces.getViewRoot().getAttributes().get(STORE);
    if (shownFor != null && !Objects.equals(shownFor, store().getSlug())) {
      try {
        faces.getExternalContext().responseSendError(404, null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      faces.responseComplete();
    }
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    if (event.getPhaseId() == PhaseId.RENDER_RESPONSE
        && faces.getViewRoot() != null
        && store().isPresent()) {
      faces.getViewRoot().getAttributes().put(STORE, store().getSlug());
    }
  }

  private static ShopperStore store() {
    return CDI.current().select(ShopperStore.class).get();
  }
}
