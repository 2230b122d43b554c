package org.returnport.web.shop;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.errors.TooManyRequestsException;
import org.returnport.policy.control.QuoteCalculator;
import org.returnport.policy.entity.Quote;
import org.returnport.policy.entity.Resolution;
import org.returnport.returns.boundary.ReturnableOrder;
import org.returnport.returns.boundary.ShopperReturns;
import org.returnport.returns.boundary.ShopperReturns.Choice;
import org.returnport.returns.boundary.ShopperReturns.OrderKey;
import org.returnport.returns.entity.ReturnPhotoFile;
import org.returnport.web.errors.Feedback;
import org.returnport.web.i18n.Language;
import org.returnport.web.security.ClientAddress;
import org.returnport.web.tenancy.ShopperStore;

/**
 * {@code /s/{slug}/returns}: the shopper finds the order, chooses items, reviews what the return
 * costs and brings, and submits it. Only what was typed is kept between steps (photos as references
 * to the visit's photo area); the order, the policy and the prices are read again from the boundary
 * each time, which counts a wrong order number and address as a failed try at every step. A shopper
 * locked out by others' tries asks for a link by e-mail, which opens the order here.
 */
@Named("shopReturns")
@ViewScoped
public class ReturnsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The steps of the page, in order. */
  public enum Step {
    FIND,
    CHOOSE,
    REVIEW
  }

  @Inject transient ShopperReturns returns;

  @Inject transient Feedback feedback;

  @Inject Language language;

  @Inject transient ShopperStore store;

  @Inject ShopperPhotos photos;

  @Inject transient ClientAddress addresses;

  private Step step = Step.FIND;
  private String orderNumber;
  private String email;
  private String linkToken;
  private final Map<Integer, ItemChoice> choices = new LinkedHashMap<>();
  private Resolution resolution;
  private String submitKey;
  private boolean linkRequested;

  private transient ReturnableOrder order;
  private transient Quote quote;

  /** Opens the order of an e-mailed link ({@code ?order=…&t=…}) at the choice of items. */
  public void openLink() {
    if (linkToken == null || orderNumber == null || step != Step.FIND) {
      return;
    }
    try {
      OrderKey key = returns.openByLink(orderNumber, linkToken);
      orderNumber = key.orderNumber();
      email = key.email();
      startChoosing();
    } catch (NotFoundException e) {
      linkToken = null;
      orderNumber = null;
      feedback.error("shop.returns.linkInvalid");
    }
  }

  public void find() {
    linkToken = null;
    try {
      startChoosing();
    } catch (NotFoundException e) {
      feedback.error("shop.returns.notFound");
    }
  }

  private void startChoosing() {
    try {
      order = returns.returnable(key());
      choices.clear();
      order
          .lines()
          .forEach(
              line -> choices.put(line.facts().lineNo(), new ItemChoice(line.facts().lineNo())));
      resolution =
          order.rules().resolutions().contains(Resolution.REFUND) ? Resolution.REFUND : null;
      step = Step.CHOOSE;
    } catch (RejectedException e) {
      feedback.rejected(e, "find");
    } catch (TooManyRequestsException e) {
      tooMany(e);
    }
  }

  /**
   * "E-mail me a link": always the same answer, whether the order exists or not, so that nobody
   * learns which orders exist from it.
   */
  public void requestLink() {
    try {
      returns.requestLink(orderNumber, email, language.getTag(), client());
      linkRequested = true;
    } catch (TooManyRequestsException e) {
      tooMany(e);
    }
  }

  public void review() {
    try {
      keepUploadedPhotos();
      quote = returns.quote(key(), chosen(), resolution);
      submitKey = UUID.randomUUID().toString();
      step = Step.REVIEW;
    } catch (RejectedException e) {
      feedback.rejected(e, "choose");
    } catch (NotFoundException e) {
      restart();
    } catch (TooManyRequestsException e) {
      tooMany(e);
    }
  }

  /**
   * Checks each newly chosen file (a JPEG, PNG or WebP, by content, not too big) and hands it,
   * without its location metadata, to the visit's photo area; the form keeps only references. A
   * refused file is named and nothing of it is kept.
   */
  private void keepUploadedPhotos() {
    for (ItemChoice item : choices.values()) {
      List<Part> uploads = item.getUploads();
      item.setUploads(null);
      if (uploads == null) {
        continue;
      }
      for (Part upload : uploads) {
        if (upload.getSize() == 0) {
          continue;
        }
        if (upload.getSize() > ReturnPhotoFile.MAX_BYTES) {
          throw new RejectedException(
              "photos", "returnport.photo.tooBig", ReturnPhotoFile.MAX_BYTES / 1024 / 1024);
        }
        if (item.getPhotos().size() >= QuoteCalculator.MAX_PHOTOS) {
          throw new RejectedException(
              "photos", "returnport.photo.tooMany", QuoteCalculator.MAX_PHOTOS);
        }
        try (var in = upload.getInputStream()) {
          item.getPhotos().add(photos.keep(ReturnPhotoFile.of(in.readAllBytes())));
        } catch (IOException e) {
          throw new RejectedException("photos", "returnport.photo.broken");
        }
      }
    }
  }

  /** Forgets the photos added to one item, to choose others. */
  public void clearPhotos(int lineNo) {
    List<String> kept = choices.get(lineNo).getPhotos();
    kept.forEach(photos::forget);
    kept.clear();
  }

  public void back() {
    step = Step.CHOOSE;
  }

  public void submit() throws IOException {
    try {
      var submitted = returns.submit(key(), chosen(), resolution, language.getTag(), submitKey);
      choices.values().forEach(item -> item.getPhotos().forEach(photos::forget));
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .redirect(
              FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                  + store.getBasePath()
                  + "return?rma="
                  + submitted.rma()
                  + "&t="
                  + URLEncoder.encode(submitted.token(), StandardCharsets.UTF_8));
    } catch (RejectedException e) {
      step = Step.CHOOSE;
      feedback.rejected(e, "choose");
    } catch (NotFoundException e) {
      restart();
    } catch (TooManyRequestsException e) {
      tooMany(e);
    }
  }

  private OrderKey key() {
    return new OrderKey(orderNumber, email, linkToken);
  }

  private void restart() {
    step = Step.FIND;
    feedback.error("shop.returns.notFound");
  }

  /**
   * Too many failed tries: the page says so in the shopper's language, with 429 and Retry-After.
   */
  private void tooMany(TooManyRequestsException e) {
    step = Step.FIND;
    feedback.error(e.messageKey(), e.retryAfterMinutes());
    var external = FacesContext.getCurrentInstance().getExternalContext();
    external.setResponseStatus(429);
    external.setResponseHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
  }

  private String client() {
    return addresses.of(
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
  }

  private List<Choice> chosen() {
    List<Choice> list = new ArrayList<>();
    for (ItemChoice item : choices.values()) {
      if (item.isSelected()) {
        list.add(
            new Choice(
                item.getLineNo(),
                item.getQuantity(),
                item.getReason(),
                item.getCondition(),
                item.getComment(),
                item.getPhotos(),
                resolution == Resolution.EXCHANGE ? item.getExchangeSku() : null));
      }
    }
    return list;
  }

  public ReturnableOrder getOrder() {
    if (order == null && step != Step.FIND) {
      order = returns.returnable(key());
    }
    return order;
  }

  public Quote getQuote() {
    if (quote == null && step == Step.REVIEW) {
      quote = returns.quote(key(), chosen(), resolution);
    }
    return quote;
  }

  /** The product's name in the page's language when the catalog has it, else the order's. */
  public String name(ReturnableOrder.Line line) {
    boolean chinese = "zh".equals(language.getLocale().getLanguage());
    if (line.product() != null && chinese && line.product().nameZh() != null) {
      return line.product().nameZh();
    }
    return line.name();
  }

  public boolean isExchangeOffered() {
    return getOrder().rules().resolutions().contains(Resolution.EXCHANGE);
  }

  /** A variant's name in the page's language. */
  public String variantName(org.returnport.catalog.entity.ProductData variant) {
    boolean chinese = "zh".equals(language.getLocale().getLanguage());
    return chinese && variant.nameZh() != null ? variant.nameZh() : variant.nameEn();
  }

  /** The name of the variant an exchanged item is swapped for. */
  public String exchangeName(int lineNo, String sku) {
    return line(lineNo).variants().stream()
        .filter(variant -> variant.sku().equals(sku))
        .findFirst()
        .map(this::variantName)
        .orElse(sku);
  }

  /** The order line a quoted item is for. */
  public ReturnableOrder.Line line(int lineNo) {
    return getOrder().lines().stream()
        .filter(line -> line.facts().lineNo() == lineNo)
        .findFirst()
        .orElseThrow();
  }

  public Map<Integer, ItemChoice> getChoices() {
    return choices;
  }

  /** 1 up to the number that can still be returned, for the quantity list. */
  public List<Integer> quantities(int returnable) {
    List<Integer> numbers = new ArrayList<>();
    for (int i = 1; i <= returnable; i++) {
      numbers.add(i);
    }
    return numbers;
  }

  public Step getStep() {
    return step;
  }

  public String getOrderNumber() {
    return orderNumber;
  }

  public void setOrderNumber(String orderNumber) {
    this.orderNumber = orderNumber;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getLinkToken() {
    return linkToken;
  }

  public void setLinkToken(String linkToken) {
    this.linkToken = linkToken;
  }

  /** True once a link was asked for: the page then says where it went, if anywhere. */
  public boolean isLinkRequested() {
    return linkRequested;
  }

  public Resolution getResolution() {
    return resolution;
  }

  public void setResolution(Resolution resolution) {
    this.resolution = resolution;
  }
}
