package org.returnport.web.http;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * Keeps a guest's read of the shop and its community free of any session: their views are made
 * stateless (transient) before they are rendered. A view with state would be kept in a session for
 * its postbacks, and so would the view map PrimeFaces puts the page's CSP nonce into; a guest
 * reading these pages posts nothing back. Members (who have a session already) get the views as
 * written. Registered in faces-config.xml.
 */
public class StatelessGuestViews implements PhaseListener {

  private static final long serialVersionUID = 1L;

  /**
   * The shop's home, the pages guests read (those the guest page cache serves, and search), and the
   * not-found page (which crawlers ask for often).
   */
  static final Set<String> VIEWS =
      Set.of(
          "/shop/home.xhtml",
          "/shop/community/index.xhtml",
          "/shop/community/category.xhtml",
          "/shop/community/topic.xhtml",
          "/shop/community/search.xhtml",
          "/shop/reviews/product.xhtml",
          "/shop/reviews/verification.xhtml",
          "/WEB-INF/errors/404.xhtml");

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    var view = faces.getViewRoot();
    if (view == null || faces.isPostback() || !VIEWS.contains(view.getViewId())) {
      return;
    }
    var request = (HttpServletRequest) faces.getExternalContext().getRequest();
    if ("GET".equals(request.getMethod())
        && request.getSession(false) == null
        && request.getUserPrincipal() == null) {
      view.setTransient(true);
    }
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    // Only the view restored for this request matters.
  }
}
