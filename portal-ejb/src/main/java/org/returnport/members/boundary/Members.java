package org.returnport.members.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.returnport.access.AnyCaller;
import org.returnport.access.Caller;
import org.returnport.access.IntegrationKeys;
import org.returnport.catalog.entity.CustomerOrder;
import org.returnport.catalog.entity.OrderData;
import org.returnport.errors.RejectedException;
import org.returnport.errors.TooManyRequestsException;
import org.returnport.events.MemberJoined;
import org.returnport.identity.control.KeycloakAdmin;
import org.returnport.identity.control.KeycloakUser;
import org.returnport.limits.boundary.RateCounters;
import org.returnport.limits.control.Limits;
import org.returnport.limits.entity.RateLimit.Decision;
import org.returnport.members.control.AbusiveWords;
import org.returnport.members.control.MemberActivity;
import org.returnport.members.control.MemberMails;
import org.returnport.members.control.MemberRules;
import org.returnport.members.control.VerificationLinks;
import org.returnport.members.entity.Member;
import org.returnport.members.entity.Member.Language;
import org.returnport.members.entity.Member.Preferences;
import org.returnport.money.Money;
import org.returnport.returns.control.ReturnLinks;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenancy.TenantScoped;
import org.returnport.tenant.boundary.Tenants;
import org.returnport.tenant.entity.Tenant;
import org.returnport.values.EmailAddress;
import org.returnport.values.OrderNumber;

/**
 * A shopper's membership of the current store's program. The person is always the signed-in one
 * ({@link Caller#userId()}), never someone a page names; whether their address is verified is asked
 * of Keycloak each time. Everything here reads and writes the current store's members only, so a
 * store never learns whether the person is a member elsewhere. The store's own systems look members
 * up with its integration key ({@link #findByEmail}, {@link #find}).
 */
@Stateless
@TenantScoped
public class Members {

  /** The version of the program's consent text that a member agrees to when joining. */
  public static final String CONSENT_VERSION = "2026-12";

  private static final AbusiveWords ABUSIVE = AbusiveWords.standard();

  @PersistenceContext EntityManager em;

  @Inject Caller caller;

  @Inject CurrentTenant currentTenant;

  @Inject KeycloakAdmin keycloak;

  @Inject VerificationLinks verificationLinks;

  @Inject MemberMails mails;

  @Inject MemberActivity activity;

  @Inject ReturnLinks returnLinks;

  @Inject Tenants tenants;

  @Inject RateCounters counters;

  @Inject Limits limits;

  @Inject Event<MemberJoined> joined;

  private final Clock clock = Clock.systemUTC();

  /** Where the signed-in person stands: signed out, address not verified, not joined, member. */
  @AnyCaller
  public Standing standing() {
    Optional<KeycloakUser> account = account();
    if (account.isEmpty()) {
      return new Standing(Standing.State.SIGNED_OUT, null, Optional.empty());
    }
    KeycloakUser user = account.get();
    Optional<Member> member = member(user.id());
    member.ifPresent(m -> followAddress(m, user));
    Optional<MemberView> view = member.map(m -> view(m, user));
    if (!user.emailVerified()) {
      return new Standing(Standing.State.UNVERIFIED, user.email(), view);
    }
    return new Standing(
        view.isPresent() ? Standing.State.MEMBER : Standing.State.NOT_JOINED, user.email(), view);
  }

  /**
   * E-mails the signed-in person a link that proves their account's address, in the store's colours
   * and the language given ({@code en} or {@code zh-CN}; the store's own otherwise). A few per
   * account and hour at most.
   */
  @AnyCaller
  public void sendVerificationLink(String language) {
    KeycloakUser user = requireAccount();
    if (user.emailVerified()) {
      throw new RejectedException(null, "member.verify.already");
    }
    EmailAddress email =
        EmailAddress.parse(user.email())
            .orElseThrow(() -> new RejectedException(null, "member.verify.noAddress"));
    Decision allowed = counters.hit(limits.memberMails(), "member-mail\n" + user.id());
    if (!allowed.allowed()) {
      throw new TooManyRequestsException("member.verify.throttled", allowed.retryAfter());
    }
    Tenant store = tenants.require(slug());
    Locale locale =
        Language.ofTag(language)
            .map(chosen -> Locale.forLanguageTag(chosen.tag()))
            .orElse(store.getDefaultLanguage());
    String token = verificationLinks.token(slug(), user.id(), email, clock.instant());
    String path =
        "/s/"
            + slug()
            + "/account/verify?token="
            + URLEncoder.encode(token, StandardCharsets.UTF_8);
    mails.verification(store, user.email(), locale, path, VerificationLinks.VALID_FOR);
  }

  /**
   * Follows a verification link: when it was sent to the signed-in account's present address by
   * this store and has not expired, Keycloak counts the address as verified.
   */
  @AnyCaller
  public void verify(String token) {
    KeycloakUser user = requireAccount();
    Optional<EmailAddress> email = EmailAddress.parse(user.email());
    if (email.isEmpty()
        || !verificationLinks.isValid(token, slug(), user.id(), email.get(), clock.instant())) {
      throw new RejectedException(null, "member.verify.invalid");
    }
    if (!user.emailVerified()) {
      keycloak.markEmailVerified(user.id());
    }
  }

  /**
   * Joins the signed-in person to the store's program, with their consent and a verified address.
   * Joining again while a member changes nothing and answers the membership. Tries are limited per
   * account and store.
   */
  @AnyCaller
  public MemberView join(MemberDetails details) {
    KeycloakUser user = requireAccount();
    Decision allowed = counters.hit(limits.memberJoins(), slug() + "\n" + user.id());
    if (!allowed.allowed()) {
      throw new TooManyRequestsException("member.join.throttled", allowed.retryAfter());
    }
    EmailAddress email =
        EmailAddress.parse(user.email())
            .filter(address -> user.emailVerified())
            .orElseThrow(() -> new RejectedException(null, "member.unverified"));
    Optional<Member> existing = member(user.id());
    if (existing.isPresent()) {
      return view(existing.get(), user);
    }
    if (details == null || !details.consent()) {
      throw new RejectedException("consent", "member.consent");
    }
    MemberRules.Checked checked = check(details, null);
    Instant now = clock.instant();
    Member member =
        new Member(
            user.id(),
            email,
            checked.name(),
            checked.language(),
            checked.preferences(),
            CONSENT_VERSION,
            now);
    em.persist(member);
    flush();
    joined.fire(
        new MemberJoined(
            currentTenant.get().orElseThrow(), UUID.randomUUID(), now, member.getId()));
    return view(member, user);
  }

  /** Changes the signed-in member's display name, language and what they are mailed about. */
  @AnyCaller
  public MemberView update(MemberDetails details) {
    KeycloakUser user = requireAccount();
    Member member = requireMember(user);
    if (details == null) {
      throw new RejectedException("displayName", "member.displayName.blank");
    }
    MemberRules.Checked checked = check(details, member.getId());
    member.change(checked.name(), checked.language(), checked.preferences());
    flush();
    return view(member, user);
  }

  /**
   * The signed-in member's orders and returns in this store, found by their verified address
   * (returns made as a guest before joining included), newest first, with signed links to start a
   * return and to follow one.
   */
  @AnyCaller
  public MemberHistory history() {
    KeycloakUser user = requireAccount();
    Member member = requireMember(user);
    EmailAddress email =
        EmailAddress.parse(user.email())
            .filter(address -> user.emailVerified())
            .orElseThrow(() -> new RejectedException(null, "member.unverified"));
    followAddress(member, user);
    Instant now = clock.instant();
    List<MemberOrder> orders =
        activity.orders(email).stream().map(order -> memberOrder(order, now)).toList();
    List<MemberReturn> returns = activity.returns(email).stream().map(this::memberReturn).toList();
    return new MemberHistory(orders, returns);
  }

  /**
   * Everything the store holds on the signed-in member, as a JSON document: the membership, the
   * consent, the preferences, and summaries of their orders and returns in this store.
   */
  @AnyCaller
  public String export() {
    KeycloakUser user = requireAccount();
    Member member = requireMember(user);
    Optional<EmailAddress> verified =
        EmailAddress.parse(user.email()).filter(address -> user.emailVerified());
    Preferences preferences = member.getPreferences();
    JsonArrayBuilder orders = Json.createArrayBuilder();
    JsonArrayBuilder returns = Json.createArrayBuilder();
    verified.ifPresent(
        email -> {
          for (CustomerOrder order : activity.orders(email)) {
            OrderData data = order.data();
            Money total = total(data);
            orders.add(
                Json.createObjectBuilder()
                    .add("number", data.number())
                    .add("placedAt", data.placedAt().toString())
                    .add("shipCountry", data.shipCountry())
                    .add("total", money(total))
                    .add("itemCount", itemCount(data)));
          }
          for (ReturnCase returnCase : activity.returns(email)) {
            returns.add(
                Json.createObjectBuilder()
                    .add("rma", returnCase.getRma())
                    .add("orderNumber", returnCase.getOrderNumber())
                    .add("status", returnCase.getStatus().name())
                    .add("requestedAt", returnCase.getRequestedAt().toString())
                    .add("refund", money(returnCase.getRefund())));
          }
        });
    return Json.createObjectBuilder()
        .add("store", slug())
        .add("exportedAt", clock.instant().toString())
        .add(
            "member",
            Json.createObjectBuilder()
                .add("id", member.getId())
                .add("keycloakUserId", member.getKeycloakUserId())
                .add("email", member.getEmail())
                .add("emailVerified", user.emailVerified())
                .add("displayName", member.getDisplayName())
                .add("language", member.getLanguage())
                .add("joinedAt", member.getJoinedAt().toString()))
        .add(
            "consents",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("purpose", "member-program")
                        .add("givenAt", member.getConsentAt().toString())
                        .add("textVersion", member.getConsentVersion())))
        .add(
            "preferences",
            Json.createObjectBuilder()
                .add("mailAboutReturns", preferences.returns())
                .add("mailAboutCommunity", preferences.community())
                .add("mailAboutPoints", preferences.points()))
        .add("orders", orders)
        .add("returns", returns)
        .build()
        .toString();
  }

  /**
   * Ends the signed-in person's membership: their name, address, account id and consent are erased
   * from the store's member record, which stays only as an anonymous tombstone. They may join again
   * later, as a new member.
   */
  @AnyCaller
  public void leave() {
    KeycloakUser user = requireAccount();
    requireMember(user).leave(clock.instant());
    flush();
  }

  /** The store's member with this address, for the store's own systems. */
  @IntegrationKeys
  public Optional<MemberView> findByEmail(String email) {
    return EmailAddress.parse(email)
        .flatMap(
            address ->
                em.createNamedQuery(Member.BY_EMAIL, Member.class)
                    .setParameter("email", address.value())
                    .getResultStream()
                    .findFirst())
        .map(this::view);
  }

  /** The store's member with this id; another store's member is not found. */
  @IntegrationKeys
  public Optional<MemberView> find(long memberId) {
    return em.createNamedQuery(Member.BY_ID, Member.class)
        .setParameter("id", memberId)
        .getResultStream()
        .findFirst()
        .map(this::view);
  }

  private MemberRules.Checked check(MemberDetails details, Long self) {
    MemberRules.Checked checked =
        MemberRules.check(
            details.displayName(),
            details.language(),
            details.mailAboutReturns(),
            details.mailAboutCommunity(),
            details.mailAboutPoints(),
            ABUSIVE);
    boolean taken =
        em.createNamedQuery(Member.BY_NAME_KEY, Member.class)
            .setParameter("key", checked.name().key())
            .getResultStream()
            .anyMatch(other -> !other.getId().equals(self));
    if (taken) {
      throw new RejectedException("displayName", "member.displayName.taken");
    }
    return checked;
  }

  /** Writes now, so that two people taking one name at once are told, not given a server error. */
  private void flush() {
    try {
      em.flush();
    } catch (PersistenceException e) {
      throw new RejectedException(null, "member.conflict");
    }
  }

  /** Keycloak's address changed and is verified: the member's orders follow the new one. */
  private void followAddress(Member member, KeycloakUser user) {
    if (!user.emailVerified()) {
      return;
    }
    EmailAddress.parse(user.email())
        .filter(address -> !address.value().equals(member.getEmail()))
        .ifPresent(member::addressChanged);
  }

  private MemberOrder memberOrder(CustomerOrder order, Instant now) {
    OrderData data = order.data();
    OrderNumber number = OrderNumber.parse(data.number()).orElseThrow();
    EmailAddress email = EmailAddress.parse(data.email()).orElseThrow();
    String path =
        "/s/"
            + slug()
            + "/returns?order="
            + URLEncoder.encode(data.number(), StandardCharsets.UTF_8)
            + "&t="
            + returnLinks.orderToken(slug(), number, email, now);
    return new MemberOrder(data.number(), data.placedAt(), total(data), itemCount(data), path);
  }

  private MemberReturn memberReturn(ReturnCase returnCase) {
    String path =
        "/s/"
            + slug()
            + "/return?rma="
            + URLEncoder.encode(returnCase.getRma(), StandardCharsets.UTF_8)
            + "&t="
            + returnLinks.token(returnCase);
    return new MemberReturn(
        returnCase.getRma(),
        returnCase.getOrderNumber(),
        returnCase.getStatus(),
        returnCase.getRequestedAt(),
        path);
  }

  private static Money total(OrderData data) {
    Money total = Money.zero(data.currency());
    for (OrderData.Line line : data.lines()) {
      total = total.plus(line.paid(data.currency()));
    }
    return total;
  }

  private static int itemCount(OrderData data) {
    return data.lines().stream().mapToInt(OrderData.Line::quantity).sum();
  }

  /** As the API writes money: the amount a decimal string with the currency's usual decimals. */
  private static JsonObjectBuilder money(Money money) {
    int decimals = Currency.getInstance(money.currency()).getDefaultFractionDigits();
    BigDecimal amount = money.amount().stripTrailingZeros();
    if (amount.scale() < decimals) {
      amount = amount.setScale(decimals);
    }
    return Json.createObjectBuilder()
        .add("amount", amount.toPlainString())
        .add("currency", money.currency());
  }

  private Optional<KeycloakUser> account() {
    return caller.userId().flatMap(keycloak::user);
  }

  private KeycloakUser requireAccount() {
    return account().orElseThrow(() -> new RejectedException(null, "member.signedOut"));
  }

  private Optional<Member> member(String userId) {
    return em.createNamedQuery(Member.BY_USER, Member.class)
        .setParameter("user", userId)
        .getResultStream()
        .findFirst();
  }

  private Member requireMember(KeycloakUser user) {
    return member(user.id()).orElseThrow(() -> new RejectedException(null, "member.notMember"));
  }

  private MemberView view(Member member) {
    Optional<KeycloakUser> account = keycloak.user(member.getKeycloakUserId());
    boolean verified =
        account.isPresent()
            && account.get().emailVerified()
            && account.get().id().equals(member.getKeycloakUserId())
            && EmailAddress.parse(account.get().email())
                .map(address -> address.value().equals(member.getEmail()))
                .orElse(false);
    return view(member, verified);
  }

  private static MemberView view(Member member, KeycloakUser user) {
    boolean verified =
        user.emailVerified()
            && EmailAddress.parse(user.email())
                .map(address -> address.value().equals(member.getEmail()))
                .orElse(false);
    return view(member, verified);
  }

  private static MemberView view(Member member, boolean verified) {
    Preferences preferences = member.getPreferences();
    return new MemberView(
        member.getId(),
        member.getDisplayName(),
        member.getEmail(),
        member.getLanguage(),
        member.getJoinedAt(),
        preferences.returns(),
        preferences.community(),
        preferences.points(),
        verified);
  }

  private String slug() {
    return currentTenant.get().orElseThrow().slug();
  }
}
