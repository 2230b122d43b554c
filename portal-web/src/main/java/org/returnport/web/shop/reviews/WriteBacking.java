package org.returnport.web.shop.reviews;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.returnport.community.reviews.boundary.RatingView;
import org.returnport.community.reviews.boundary.ReviewInput;
import org.returnport.community.reviews.boundary.ReviewView;
import org.returnport.community.reviews.boundary.Reviews;
import org.returnport.community.reviews.entity.Fit;
import org.returnport.community.reviews.entity.Review;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.errors.TooManyRequestsException;
import org.returnport.web.errors.Feedback;
import org.returnport.web.tenancy.ShopPages;
import org.returnport.web.tenancy.ShopperStore;

/**
 * {@code /s/{slug}/reviews/write/{sku}}: the signed-in member writes their review of a product, or
 * edits the one they wrote (the form opens with it), or withdraws it. Someone who has not joined
 * the store's program is offered to join first.
 */
@Named("reviewWrite")
@ViewScoped
public class WriteBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Reviews reviews;

  @Inject transient Feedback feedback;

  @Inject transient ShopperStore store;

  private String sku;
  private RatingView product;
  private ReviewView mine;
  private boolean member = true;
  private Integer stars;
  private String title;
  private String text;
  private Fit fit;

  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback()) {
      return;
    }
    ExternalContext external = faces.getExternalContext();
    sku = (String) external.getRequestMap().get(ShopPages.PAGE_REST);
    try {
      product = reviews.rating(sku);
      mine = reviews.mine(sku).orElse(null);
    } catch (NotFoundException unknown) {
      external.responseSendError(404, null);
      faces.responseComplete();
      return;
    } catch (RejectedException notMember) {
      member = false;
      return;
    }
    if (mine != null) {
      stars = mine.stars();
      title = mine.title();
      text = mine.markdown();
      fit = mine.fit();
    }
  }

  public void save() throws IOException {
    try {
      reviews.write(sku, new ReviewInput(stars, title, text, fit));
    } catch (RejectedException e) {
      feedback.rejected(e, "write");
      return;
    } catch (TooManyRequestsException e) {
      feedback.error(e.messageKey());
      return;
    }
    feedback.info("community.review.saved");
    backToProduct();
  }

  public void withdraw() throws IOException {
    try {
      reviews.withdraw(sku);
    } catch (RejectedException e) {
      feedback.rejected(e, "write");
      return;
    } catch (NotFoundException gone) {
      feedback.error("community.review.gone");
      return;
    }
    feedback.info("community.review.withdrawn");
    backToProduct();
  }

  private void backToProduct() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + store.getBasePath() + "reviews/" + sku);
  }

  public String getProductName() {
    return product == null
        ? ""
        : product.name(FacesContext.getCurrentInstance().getViewRoot().getLocale().toLanguageTag());
  }

  public RatingView getProduct() {
    return product;
  }

  public ReviewView getMine() {
    return mine;
  }

  public boolean isMember() {
    return member;
  }

  public boolean isWithdrawable() {
    return mine != null
        && (mine.state() == Review.State.PUBLISHED || mine.state() == Review.State.PENDING);
  }

  public List<Fit> getFits() {
    return List.of(Fit.values());
  }

  public List<Integer> getStarChoices() {
    return List.of(5, 4, 3, 2, 1);
  }

  public int getTitleMax() {
    return Review.TITLE_MAX;
  }

  public int getTextMax() {
    return Review.MARKDOWN_MAX;
  }

  public String getSku() {
    return sku;
  }

  public Integer getStars() {
    return stars;
  }

  public void setStars(Integer stars) {
    this.stars = stars;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Fit getFit() {
    return fit;
  }

  public void setFit(Fit fit) {
    this.fit = fit;
  }
}
