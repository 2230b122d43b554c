package org.returnport.web.shop.reviews;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.returnport.community.reviews.boundary.ReviewPage;
import org.returnport.community.reviews.boundary.ReviewQuery;
import org.returnport.community.reviews.boundary.ReviewView;
import org.returnport.community.reviews.boundary.Reviews;
import org.returnport.community.reviews.boundary.RevisionView;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.web.errors.Feedback;
import org.returnport.web.tenancy.ShopPages;
import org.returnport.web.tenancy.ShopperStore;
import org.returnport.web.widget.ReviewJson;
import org.returnport.web.widget.ReviewWidgetServlet;

/**
 * {@code /s/{slug}/reviews/{sku}}: a product's rating and reviews, read by anyone. Sorting,
 * filtering, paging and an opened history are plain links ({@code ?sort=&stars=&verified=&page=
 * &history=}), so a guest's visit keeps no state; only members get the "helpful" form.
 */
@Named("reviewProduct")
@RequestScoped
public class ProductBacking {

  static final int PAGE_SIZE = 10;

  @Inject Reviews reviews;

  @Inject ShopperStore store;

  @Inject Feedback feedback;

  private String sku;
  private ReviewQuery.Sort sort = ReviewQuery.Sort.NEWEST;
  private Integer stars;
  private boolean verifiedReturn;
  private int page = 1;
  private Long historyOf;
  private ReviewPage shown;
  private List<RevisionView> history = List.of();

  /** Answers 404 for a product the store does not sell. */
  public void load() throws IOException {
    try {
      getShown();
    } catch (NotFoundException unknown) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, null);
      faces.responseComplete();
    }
  }

  /**
   * Read on first use, so that a member's "helpful" postback finds the same list when the page's
   * buttons are decoded.
   */
  public ReviewPage getShown() {
    if (shown != null) {
      return shown;
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    Map<String, String> params = external.getRequestParameterMap();
    sku = (String) external.getRequestMap().get(ShopPages.PAGE_REST);
    sort = parseSort(params.get("sort"));
    stars = parseInt(params.get("stars")).filter(n -> n >= 1 && n <= 5).orElse(null);
    verifiedReturn = "1".equals(params.get("verified"));
    page = parseInt(params.get("page")).filter(n -> n >= 1).orElse(1);
    historyOf = parseInt(params.get("history")).map(Integer::longValue).orElse(null);
    shown =
        reviews.product(
            sku,
            new ReviewQuery(sort, stars, verifiedReturn ? ReviewQuery.Badge.RETURN : null, false),
            page,
            PAGE_SIZE);
    if (historyOf != null) {
      try {
        history = reviews.history(historyOf);
      } catch (NotFoundException gone) {
        historyOf = null;
      }
    }
    return shown;
  }

  /** A member found a review helpful; back to the same page, now with the new count. */
  public void helpful(long reviewId) throws IOException {
    try {
      reviews.markHelpful(reviewId);
    } catch (RejectedException e) {
      feedback.error(e.messageKey(), e.arguments().toArray());
      return;
    } catch (NotFoundException gone) {
      feedback.error("community.review.gone");
      return;
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(
        external.getRequestContextPath()
            + store.getBasePath()
            + "reviews/"
            + sku
            + "#review-"
            + reviewId);
  }

  public List<ReviewView> getReviews() {
    return getShown().reviews();
  }

  public List<RevisionView> getHistory() {
    return history;
  }

  public Long getHistoryOf() {
    return historyOf;
  }

  public String getSku() {
    return sku;
  }

  public String getProductName() {
    return getShown().rating().name(language());
  }

  public ReviewQuery.Sort getSort() {
    return sort;
  }

  public Integer getStars() {
    return stars;
  }

  public boolean isVerifiedReturn() {
    return verifiedReturn;
  }

  public List<ReviewQuery.Sort> getSorts() {
    return List.of(ReviewQuery.Sort.values());
  }

  /** The page's own address with one choice changed, the others kept (the page goes back to 1). */
  public String link(String name, Object value) {
    StringBuilder query = new StringBuilder();
    append(
        query, "sort", "sort".equals(name) ? value : sort == ReviewQuery.Sort.NEWEST ? null : sort);
    append(query, "stars", "stars".equals(name) ? value : stars);
    append(query, "verified", "verified".equals(name) ? value : verifiedReturn ? "1" : null);
    append(query, "page", "page".equals(name) ? value : null);
    append(query, "history", "history".equals(name) ? value : null);
    return path() + (query.length() == 0 ? "" : "?" + query);
  }

  private static void append(StringBuilder query, String name, Object value) {
    if (value == null || "".equals(value)) {
      return;
    }
    if (query.length() > 0) {
      query.append('&');
    }
    query.append(name).append('=').append(value);
  }

  public String path() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + store.getBasePath()
        + "reviews/"
        + sku;
  }

  /** The canonical address: our public address, the product, no sorting or paging. */
  public String getCanonical() {
    return publicBase() + store.getBasePath() + "reviews/" + sku;
  }

  /** The schema.org data of the product and the reviews of this page, safe inside a script. */
  public String getJsonLd() {
    if (shown == null) {
      return "{}";
    }
    return ReviewJson.safe(
        ReviewJson.schemaOrg(shown.rating(), shown.reviews(), language(), getCanonical()));
  }

  private static String publicBase() {
    return ReviewWidgetServlet.origin(
        (jakarta.servlet.http.HttpServletRequest)
            FacesContext.getCurrentInstance().getExternalContext().getRequest());
  }

  /** The page's language, from the view: read without touching the session. */
  static String language() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale().toLanguageTag();
  }

  private static ReviewQuery.Sort parseSort(String value) {
    try {
      return value == null ? ReviewQuery.Sort.NEWEST : ReviewQuery.Sort.valueOf(value);
    } catch (IllegalArgumentException unknown) {
      return ReviewQuery.Sort.NEWEST;
    }
  }

  private static Optional<Integer> parseInt(String value) {
    try {
      return value == null ? Optional.empty() : Optional.of(Integer.valueOf(value));
    } catch (NumberFormatException notANumber) {
      return Optional.empty();
    }
  }
}
