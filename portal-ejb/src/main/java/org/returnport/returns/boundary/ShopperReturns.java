package org.returnport.returns.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.returnport.catalog.entity.CustomerOrder;
import org.returnport.logistics.entity.Shipment;
import org.returnport.notify.control.ReturnMails;
import org.returnport.platform.entity.NotFoundException;
import org.returnport.platform.entity.RejectedException;
import org.returnport.policy.boundary.ReturnPolicies;
import org.returnport.policy.control.EligibilityCheck;
import org.returnport.policy.control.Quote;
import org.returnport.policy.control.QuoteCalculator;
import org.returnport.policy.control.ReturnChoice;
import org.returnport.policy.entity.Resolution;
import org.returnport.policy.entity.ReturnPolicy;
import org.returnport.returns.control.LookupThrottle;
import org.returnport.returns.control.ReturnFacts;
import org.returnport.returns.control.ReturnLinks;
import org.returnport.returns.control.ShipmentPapers;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.returns.entity.ReturnLine;
import org.returnport.returns.entity.ReturnPhoto;
import org.returnport.returns.entity.ReturnPhotoFile;
import org.returnport.returns.entity.ReturnStatus;
import org.returnport.returns.entity.RmaNumber;
import org.returnport.staff.control.AnyCaller;
import org.returnport.tenant.control.TenantScoped;

/**
 * What a shopper does without an account: find their order by its number and e-mail address, see
 * what can be returned and what it would bring, submit the return, and follow it by its signed
 * link. Every call checks the order number and address again; nothing is taken on trust from the
 * page.
 */
@Stateless
@TenantScoped
@AnyCaller
public class ShopperReturns {

  private static final Pattern SUBMIT_KEY =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  /** What a look-up found; a wrong number and a wrong address look the same. */
  public enum LookUp {
    FOUND,
    NOT_FOUND,
    THROTTLED
  }

  @PersistenceContext EntityManager em;

  @Inject LookupThrottle throttle;

  @Inject ReturnFacts facts;

  @Inject ReturnPolicies policies;

  @Inject ReturnLinks links;

  @Inject ShipmentPapers papers;

  @Inject ReturnMails mails;

  public LookUp lookUp(String orderNumber, String email) {
    Instant now = Instant.now();
    if (orderNumber == null || orderNumber.isBlank() || email == null || email.isBlank()) {
      return LookUp.NOT_FOUND;
    }
    if (throttle.isThrottled(orderNumber, email, now)) {
      return LookUp.THROTTLED;
    }
    if (facts.order(orderNumber, email).isEmpty()) {
      throttle.recordFailure(orderNumber, email, now);
      return LookUp.NOT_FOUND;
    }
    return LookUp.FOUND;
  }

  /** The order's lines, each with whether it can be returned now, and the policy in force. */
  public ReturnableOrder returnable(String orderNumber, String email) {
    CustomerOrder order = order(orderNumber, email);
    ReturnPolicy policy = policy();
    Instant now = Instant.now();
    List<ReturnableOrder.Line> lines = new ArrayList<>();
    for (ReturnFacts.Line line : facts.lines(order)) {
      lines.add(
          new ReturnableOrder.Line(
              line.facts(),
              line.name(),
              line.product(),
              line.variants(),
              EligibilityCheck.of(policy.getRules(), line.facts(), now)));
    }
    var data = order.data();
    return new ReturnableOrder(
        data.number(),
        data.shopperName(),
        data.shipCountry(),
        data.currency(),
        policy.getVersionNo(),
        policy.getRules(),
        lines);
  }

  /** What the return would cost and bring, without submitting anything. */
  public Quote quote(
      String orderNumber, String email, List<Choice> choices, Resolution resolution) {
    CustomerOrder order = order(orderNumber, email);
    return quote(order, policy(), choices, resolution, Instant.now());
  }

  /**
   * Submits the return. The same submit key (one per filled-in form) always gives the same return,
   * so a double click or a replayed request creates one return only.
   */
  public Submitted submit(
      String orderNumber,
      String email,
      List<Choice> choices,
      Resolution resolution,
      String language,
      String submitKey) {
    if (submitKey == null || !SUBMIT_KEY.matcher(submitKey).matches()) {
      throw new RejectedException(null, "returnport.return.submitKey");
    }
    CustomerOrder order = order(orderNumber, email);
    // One submit per order at a time: what other returns take back is counted under this lock.
    em.lock(order, LockModeType.PESSIMISTIC_WRITE);
    Optional<ReturnCase> replayed =
        em.createNamedQuery(ReturnCase.FIND_BY_SUBMIT_KEY, ReturnCase.class)
            .setParameter("submitKey", submitKey)
            .getResultStream()
            .findFirst();
    if (replayed.isPresent()) {
      if (!replayed.get().getOrderNumber().equals(order.getNumber())) {
        throw new RejectedException(null, "returnport.return.submitKey");
      }
      return submitted(replayed.get());
    }
    ReturnPolicy policy = policy();
    Instant now = Instant.now();
    Quote quote = quote(order, policy, choices, resolution, now);
    Map<Integer, String> names = new HashMap<>();
    order.getLines().forEach(line -> names.put(line.getLineNo(), line.getName()));
    Map<Integer, String> comments = new HashMap<>();
    for (Choice choice : choices) {
      if (choice.comment() != null && !choice.comment().isBlank()) {
        if (choice.comment().strip().length() > ReturnLine.COMMENT_MAX) {
          throw new RejectedException(
              "line" + choice.lineNo(), "returnport.text.tooLong", ReturnLine.COMMENT_MAX);
        }
        comments.put(choice.lineNo(), choice.comment().strip());
      }
    }
    var data = order.data();
    ReturnCase.Shopper shopper =
        new ReturnCase.Shopper(
            order.getId(),
            data.number(),
            data.email(),
            data.shopperName(),
            data.shipCountry(),
            language == null ? "en" : language);
    ReturnCase returnCase =
        new ReturnCase(
            RmaNumber.next(),
            submitKey,
            shopper,
            policy.getVersionNo(),
            quote,
            names,
            comments,
            now);
    em.persist(returnCase);
    em.flush();
    for (Choice choice : choices) {
      for (ReturnPhotoFile photo : choice.photos()) {
        em.persist(new ReturnPhoto(returnCase.getId(), choice.lineNo(), photo));
      }
    }
    mails.submitted(returnCase);
    return submitted(returnCase);
  }

  /** The return behind a signed link; a wrong or altered link finds nothing. */
  public ReturnCase byLink(String rma, String token) {
    if (!RmaNumber.isValid(rma)) {
      throw new NotFoundException("return");
    }
    ReturnCase returnCase =
        em.createNamedQuery(ReturnCase.FIND_BY_RMA, ReturnCase.class)
            .setParameter("rma", rma.strip().toUpperCase())
            .getResultStream()
            .findFirst()
            .filter(found -> links.isValid(found, token))
            .orElseThrow(() -> new NotFoundException("return"));
    returnCase.getLines().size();
    returnCase.getEvents().size();
    return returnCase;
  }

  /**
   * What the parcel's papers say, once the return is approved and the items go back; nothing before
   * that, and nothing when the shopper keeps them.
   */
  public Shipment shipment(String rma, String token, String storeName) {
    ReturnCase returnCase = byLink(rma, token);
    if (returnCase.getStatus() != ReturnStatus.APPROVED || returnCase.isKeepItems()) {
      throw new NotFoundException("papers of " + rma);
    }
    return papers.of(returnCase, storeName);
  }

  /** A message from the shopper, e.g. an answer to staff's question. */
  public void message(String rma, String token, String text) {
    byLink(rma, token).shopperMessage(text, Instant.now());
  }

  private Quote quote(
      CustomerOrder order,
      ReturnPolicy policy,
      List<Choice> choices,
      Resolution resolution,
      Instant now) {
    Map<Integer, ReturnFacts.Line> lines = new HashMap<>();
    facts.lines(order).forEach(line -> lines.put(line.facts().lineNo(), line));
    List<ReturnChoice> chosen = new ArrayList<>();
    for (Choice choice : choices) {
      ReturnFacts.Line line = lines.get(choice.lineNo());
      if (line == null) {
        throw new RejectedException("items", "returnport.return.noSuchLine", choice.lineNo());
      }
      if (choice.exchangeSku() != null
          && line.variants().stream().noneMatch(v -> v.sku().equals(choice.exchangeSku()))) {
        throw new RejectedException(
            "line" + choice.lineNo(), "returnport.return.exchangeChoice", choice.exchangeSku());
      }
      chosen.add(
          new ReturnChoice(
              line.facts(),
              choice.quantity(),
              choice.reason(),
              choice.condition(),
              choice.photos().size(),
              choice.exchangeSku()));
    }
    String email = order.data().email();
    return QuoteCalculator.quote(
        policy.getRules(),
        facts.orderFacts(order),
        chosen,
        resolution,
        facts.returnsIn90Days(email, now),
        now);
  }

  private CustomerOrder order(String orderNumber, String email) {
    return facts.order(orderNumber, email).orElseThrow(() -> new NotFoundException("order"));
  }

  private ReturnPolicy policy() {
    return policies
        .current()
        .orElseThrow(() -> new RejectedException(null, "returnport.return.noPolicy"));
  }

  private Submitted submitted(ReturnCase returnCase) {
    return new Submitted(returnCase.getRma(), links.token(returnCase), returnCase.getStatus());
  }

  /** One line the shopper wants to return. */
  public record Choice(
      int lineNo,
      int quantity,
      String reason,
      String condition,
      String comment,
      List<ReturnPhotoFile> photos,
      String exchangeSku) {

    public Choice {
      photos = photos == null ? List.of() : List.copyOf(photos);
      exchangeSku = exchangeSku == null || exchangeSku.isBlank() ? null : exchangeSku.strip();
    }
  }

  /** A submitted return: its number and the token of its status link. */
  public record Submitted(String rma, String token, ReturnStatus status) {}
}
