package org.returnport.returns.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.returnport.access.AnyCaller;
import org.returnport.catalog.control.StockKeeper;
import org.returnport.catalog.entity.CustomerOrder;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.errors.TooManyRequestsException;
import org.returnport.events.DomainEvent;
import org.returnport.events.ReturnCancelled;
import org.returnport.events.ReturnDecided;
import org.returnport.events.ReturnMessageSent;
import org.returnport.events.ReturnRequested;
import org.returnport.limits.boundary.RateCounters;
import org.returnport.limits.control.Limits;
import org.returnport.limits.entity.RateLimit.Decision;
import org.returnport.logistics.entity.Shipment;
import org.returnport.policy.boundary.ReturnPolicies;
import org.returnport.policy.control.EligibilityCheck;
import org.returnport.policy.control.QuoteCalculator;
import org.returnport.policy.control.ReturnChoice;
import org.returnport.policy.control.ShopperTiers;
import org.returnport.policy.control.ShopperTiers.ShopperTier;
import org.returnport.policy.entity.PolicyRules;
import org.returnport.policy.entity.Quote;
import org.returnport.policy.entity.Resolution;
import org.returnport.policy.entity.ReturnPolicy;
import org.returnport.returns.control.ActiveIncidents;
import org.returnport.returns.control.LookupThrottle;
import org.returnport.returns.control.PhotoStash;
import org.returnport.returns.control.ReturnFacts;
import org.returnport.returns.control.ReturnLinks;
import org.returnport.returns.control.ReturnMails;
import org.returnport.returns.control.ShipmentPapers;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.returns.entity.ReturnEvent;
import org.returnport.returns.entity.ReturnLine;
import org.returnport.returns.entity.ReturnPhoto;
import org.returnport.returns.entity.ReturnStatus;
import org.returnport.returns.entity.RmaNumber;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenancy.TenantScoped;
import org.returnport.values.EmailAddress;
import org.returnport.values.OrderNumber;

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

  @PersistenceContext EntityManager em;

  @Inject LookupThrottle throttle;

  @Inject StockKeeper stock;

  @Inject ReturnFacts facts;

  @Inject ReturnPolicies policies;

  @Inject ActiveIncidents incidents;

  @Inject ReturnLinks links;

  @Inject ShipmentPapers papers;

  @Inject ReturnMails mails;

  @Inject RateCounters counters;

  @Inject PhotoStash stash;

  @Inject Limits rateLimits;

  @Inject CurrentTenant currentTenant;

  @Inject Event<DomainEvent> events;

  /** The loyalty program's answer, when the application has one; none means no tier. */
  @Inject Instance<ShopperTiers> tiers;

  Clock clock = Clock.systemUTC();

  /**
   * The order's lines, each with whether it can be returned now, and the policy in force. Like
   * every step that checks an order number with an address, a wrong pair counts as a failed try,
   * and too many failed tries refuse the step ({@link TooManyRequestsException}) unless the shopper
   * came with a signed link.
   */
  public ReturnableOrder returnable(String orderNumber, String email) {
    return returnable(new OrderKey(orderNumber, email, null));
  }

  /**
   * Opens an order from an e-mailed link: answers the number and address it names, or not found
   * when the link is wrong, altered or expired. Failed tries by others do not stop it.
   */
  public OrderKey openByLink(String orderNumber, String token) {
    Optional<OrderNumber> number = OrderNumber.parse(orderNumber);
    Instant now = Instant.now();
    return number
        .flatMap(facts::order)
        .flatMap(
            order ->
                EmailAddress.parse(order.data().email())
                    .filter(
                        email -> links.isValidOrderToken(store(), number.get(), email, token, now))
                    .map(email -> new OrderKey(order.getNumber(), email.value(), token)))
        .orElseThrow(() -> new NotFoundException("order link"));
  }

  /**
   * "E-mail me a link": when an order with this number and address exists, its address gets a link
   * that opens the return form without typing (a few per order and hour at most, so nobody can
   * flood a shopper's mailbox). Whether the order exists, and whether a mail left, is never told:
   * the caller's answer is always the same. Who asks ({@code client}, their address) may ask a few
   * times an hour.
   */
  public void requestLink(String orderNumber, String email, String language, String client) {
    Decision asked = counters.hit(rateLimits.linkRequests(), client);
    if (!asked.allowed()) {
      throw new TooManyRequestsException("shop.returns.linkThrottled", asked.retryAfter());
    }
    Optional<OrderNumber> number = OrderNumber.parse(orderNumber);
    Optional<EmailAddress> address = EmailAddress.parse(email);
    if (number.isEmpty() || address.isEmpty()) {
      return;
    }
    Optional<CustomerOrder> order = facts.order(number.get(), address.get());
    if (order.isEmpty()
        || !counters.hit(rateLimits.linkMails(), store() + "\n" + number.get().key()).allowed()) {
      return;
    }
    Instant now = Instant.now();
    EmailAddress stored = EmailAddress.parse(order.get().data().email()).orElse(address.get());
    String token =
        links.orderToken(
            store(), OrderNumber.parse(order.get().getNumber()).orElseThrow(), stored, now);
    mails.orderLink(order.get(), token, language == null ? "en" : language);
  }

  /** The order's lines, each with whether it can be returned now, and the policy in force. */
  public ReturnableOrder returnable(OrderKey key) {
    CustomerOrder order = order(key);
    ReturnPolicy policy = policy();
    Instant now = Instant.now();
    Optional<ShopperTier> tier = tierOf(order);
    PolicyRules rules = rules(order, policy, tier, now);
    List<ReturnableOrder.Line> lines = new ArrayList<>();
    for (ReturnFacts.Line line : facts.lines(order)) {
      lines.add(
          new ReturnableOrder.Line(
              line.facts(),
              line.name(),
              line.product(),
              line.variants(),
              EligibilityCheck.of(rules, line.facts(), now)));
    }
    var data = order.data();
    return new ReturnableOrder(
        data.number(),
        data.shopperName(),
        data.shipCountry(),
        data.currency(),
        policy.getVersionNo(),
        rules,
        lines,
        tier.orElse(null),
        policy.getRules().tierPerks(tier.map(ShopperTier::code).orElse(null)));
  }

  /** What the return would cost and bring, without submitting anything. */
  public Quote quote(OrderKey key, List<Choice> choices, Resolution resolution) {
    CustomerOrder order = order(key);
    return quote(order, policy(), tierOf(order), choices, resolution, Instant.now());
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
    return submit(new OrderKey(orderNumber, email, null), choices, resolution, language, submitKey);
  }

  /**
   * Submits the return. The same submit key (one per filled-in form) always gives the same return,
   * so a double click or a replayed request creates one return only. Photos are read from where the
   * shopper's session keeps them only now.
   */
  public Submitted submit(
      OrderKey key,
      List<Choice> choices,
      Resolution resolution,
      String language,
      String submitKey) {
    if (submitKey == null || !SUBMIT_KEY.matcher(submitKey).matches()) {
      throw new RejectedException(null, "returnport.return.submitKey");
    }
    CustomerOrder order = order(key);
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
    Optional<ShopperTier> tier = tierOf(order);
    Quote quote = quote(order, policy, tier, choices, resolution, now);
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
            tier.map(ShopperTier::code).orElse(null),
            tier.map(ShopperTier::name).orElse(null),
            quote,
            names,
            comments,
            now);
    em.persist(returnCase);
    em.flush();
    for (Choice choice : choices) {
      for (String photo : choice.photos()) {
        em.persist(new ReturnPhoto(returnCase.getId(), choice.lineNo(), stash.read(photo)));
      }
    }
    boolean autoApproved = returnCase.getStatus() == ReturnStatus.APPROVED;
    events.fire(
        new ReturnRequested(
            currentTenant.get().orElseThrow(),
            UUID.randomUUID(),
            now,
            returnCase.getId(),
            returnCase.getRma(),
            returnCase.getOrderNumber(),
            returnCase.getStatus().name(),
            autoApproved));
    if (autoApproved) {
      events.fire(
          new ReturnDecided(
              currentTenant.get().orElseThrow(),
              UUID.randomUUID(),
              now,
              returnCase.getId(),
              returnCase.getRma(),
              ReturnDecided.Outcome.APPROVED,
              ReturnDecided.DecidedBy.POLICY));
    }
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
   * What the loyalty tier the return was requested under gives it, as its policy version says; none
   * when it was requested in no tier.
   */
  public List<PolicyRules.TierPerk> tierPerks(String rma, String token) {
    ReturnCase returnCase = byLink(rma, token);
    if (returnCase.getTierCode() == null) {
      return List.of();
    }
    return em.createNamedQuery(ReturnPolicy.FIND_BY_VERSION, ReturnPolicy.class)
        .setParameter("versionNo", returnCase.getPolicyVersion())
        .getResultStream()
        .findFirst()
        .map(policy -> policy.getRules().tierPerks(returnCase.getTierCode()))
        .orElse(List.of());
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
    ReturnCase returnCase = byLink(rma, token);
    Instant now = Instant.now();
    ReturnEvent message = returnCase.shopperMessage(text, now);
    em.flush();
    events.fire(
        new ReturnMessageSent(
            currentTenant.get().orElseThrow(),
            UUID.randomUUID(),
            now,
            returnCase.getId(),
            returnCase.getRma(),
            message.getId(),
            ReturnMessageSent.From.SHOPPER,
            ReturnMessageSent.Kind.MESSAGE));
  }

  /**
   * The shopper takes the return back before sending anything: the items can be returned again
   * later. Refused, with the reason, once the parcel is on its way or the return is over.
   */
  public void cancel(String rma, String token) {
    ReturnCase returnCase = byLink(rma, token);
    // A scan reported at the same moment is applied before or after, never half-way.
    em.refresh(returnCase, LockModeType.PESSIMISTIC_WRITE);
    Instant now = clock.instant();
    returnCase.cancel(now);
    em.flush();
    events.fire(
        new ReturnCancelled(
            currentTenant.get().orElseThrow(),
            UUID.randomUUID(),
            now,
            returnCase.getId(),
            returnCase.getRma()));
  }

  private Quote quote(
      CustomerOrder order,
      ReturnPolicy policy,
      Optional<ShopperTier> tier,
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
        Integer available = stock.available(choice.exchangeSku());
        if (available != null && available < 1) {
          throw new RejectedException(
              "line" + choice.lineNo(), "returnport.exchange.outOfStock", choice.exchangeSku());
        }
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
        rules(order, policy, tier, now),
        facts.orderFacts(order),
        chosen,
        resolution,
        facts.returnsIn90Days(email, now),
        now);
  }

  /**
   * The order the shopper named, checked as at the first look-up: every try counts for the number
   * and for the address (a right one is taken back), and too many refuse the step, unless the
   * shopper came with a valid link to this very order.
   */
  private CustomerOrder order(OrderKey key) {
    OrderNumber number =
        OrderNumber.parse(key.orderNumber()).orElseThrow(() -> new NotFoundException("order"));
    EmailAddress email =
        EmailAddress.parse(key.email()).orElseThrow(() -> new NotFoundException("order"));
    boolean linked =
        key.link() != null
            && links.isValidOrderToken(store(), number, email, key.link(), Instant.now());
    if (linked) {
      return facts.order(number, email).orElseThrow(() -> new NotFoundException("order"));
    }
    throttle.attempt(number, email);
    Optional<CustomerOrder> order = facts.order(number, email);
    if (order.isEmpty()) {
      throw new NotFoundException("order");
    }
    throttle.succeeded(number, email);
    return order.get();
  }

  /**
   * The policy as it holds for this order now: the benefits of the shopper's tier apply, and
   * incidents may make its windows longer still.
   */
  private PolicyRules rules(
      CustomerOrder order, ReturnPolicy policy, Optional<ShopperTier> tier, Instant now) {
    PolicyRules forTier = policy.getRules().forTier(tier.map(ShopperTier::code).orElse(null));
    return incidents.rulesFor(forTier, order.data().shipCountry(), now);
  }

  /**
   * The loyalty tier of the order's shopper, asked by the order's address (not the one typed, which
   * only has to match it); none when the application has no loyalty program to ask.
   */
  private Optional<ShopperTier> tierOf(CustomerOrder order) {
    if (!tiers.isResolvable()) {
      return Optional.empty();
    }
    return EmailAddress.parse(order.data().email()).flatMap(email -> tiers.get().tierOf(email));
  }

  private String store() {
    return currentTenant.get().orElseThrow().slug();
  }

  private ReturnPolicy policy() {
    return policies
        .current()
        .orElseThrow(() -> new RejectedException(null, "returnport.return.noPolicy"));
  }

  private Submitted submitted(ReturnCase returnCase) {
    return new Submitted(returnCase.getRma(), links.token(returnCase), returnCase.getStatus());
  }

  /**
   * One line the shopper wants to return; its photos are references to where {@link PhotoStash}
   * keeps them.
   */
  public record Choice(
      int lineNo,
      int quantity,
      String reason,
      String condition,
      String comment,
      List<String> photos,
      String exchangeSku) {

    public Choice {
      photos = photos == null ? List.of() : List.copyOf(photos);
      exchangeSku = exchangeSku == null || exchangeSku.isBlank() ? null : exchangeSku.strip();
    }
  }

  /**
   * The order a shopper names: its number and e-mail address as typed, and the token of the
   * e-mailed link it was opened with, if any.
   */
  public record OrderKey(String orderNumber, String email, String link) implements Serializable {}

  /** A submitted return: its number and the token of its status link. */
  public record Submitted(String rma, String token, ReturnStatus status) {}
}
