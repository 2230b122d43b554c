package org.returnport.web.shop.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.returnport.community.search.boundary.CommunitySearch;
import org.returnport.community.search.boundary.SearchResults;
import org.returnport.errors.RejectedException;
import org.returnport.web.errors.Feedback;

/**
 * {@code /s/{slug}/community/search?q=…&page=N}: the store's community search for anybody. A plain
 * GET form, so that results have an address to share and a guest's search keeps no state.
 */
@Named("communitySearch")
@RequestScoped
public class SearchBacking {

  @Inject CommunitySearch search;

  @Inject Feedback feedback;

  private String q;
  private String page;
  private SearchResults results;

  /**
   * Searches when the address asks something. The question is read as sent: an empty one ("?q=")
   * gets its message, which a view parameter would have turned into no question at all.
   */
  public void run() {
    Map<String, String> parameters =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    q = parameters.get("q");
    page = parameters.get("page");
    if (q == null) {
      return;
    }
    try {
      results = search.search(q, pageNumber());
    } catch (RejectedException e) {
      feedback.error(e.messageKey(), e.arguments().toArray());
    }
  }

  /** A page number that is not one is the first page: links are typed by hand, too. */
  private int pageNumber() {
    try {
      return page == null ? 1 : Integer.parseInt(page.trim());
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  public SearchResults getResults() {
    return results;
  }

  public String getQ() {
    return q;
  }
}
