package org.returnport.it.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.returnport.access.StaffRole;
import org.returnport.apikey.entity.ApiKey;
import org.returnport.apikey.entity.ApiKeySecret;
import org.returnport.catalog.entity.CustomerOrder;
import org.returnport.catalog.entity.OrderData;
import org.returnport.catalog.entity.OrderImport;
import org.returnport.catalog.entity.OrderLine;
import org.returnport.catalog.entity.Product;
import org.returnport.catalog.entity.ProductData;
import org.returnport.community.category.boundary.Communities;
import org.returnport.community.category.entity.CommunityCategory;
import org.returnport.community.content.ContentChanged;
import org.returnport.community.content.ContentKind;
import org.returnport.community.content.ContentRef;
import org.returnport.community.content.entity.CommunityImage;
import org.returnport.community.forum.entity.Helpful;
import org.returnport.community.forum.entity.Post;
import org.returnport.community.forum.entity.Topic;
import org.returnport.community.forum.entity.TopicSubscription;
import org.returnport.community.invitations.entity.InvitationOptOut;
import org.returnport.community.invitations.entity.InvitationSettings;
import org.returnport.community.invitations.entity.ReviewInvitation;
import org.returnport.community.moderation.boundary.Flags;
import org.returnport.community.moderation.entity.AuditEntry;
import org.returnport.community.moderation.entity.CommunityStanding;
import org.returnport.community.moderation.entity.FilterWord;
import org.returnport.community.moderation.entity.Flag;
import org.returnport.community.moderation.entity.ModerationSettings;
import org.returnport.community.moderation.entity.QueueItem;
import org.returnport.community.moderation.entity.TextFingerprint;
import org.returnport.community.notifications.entity.Notification;
import org.returnport.community.notifications.entity.NotificationSetting;
import org.returnport.community.reviews.entity.Fit;
import org.returnport.community.reviews.entity.ProductRating;
import org.returnport.community.reviews.entity.Review;
import org.returnport.community.reviews.entity.ReviewRevision;
import org.returnport.community.reviews.entity.ReviewVote;
import org.returnport.community.search.entity.SearchDocument;
import org.returnport.community.search.entity.SearchTerm;
import org.returnport.credit.control.CreditCode;
import org.returnport.credit.entity.CreditAccount;
import org.returnport.credit.entity.CreditEntry;
import org.returnport.credit.entity.CreditIssue;
import org.returnport.credit.entity.CreditKind;
import org.returnport.credit.entity.CreditRedemption;
import org.returnport.credit.entity.EntryKind;
import org.returnport.eventlog.entity.EventLogEntry;
import org.returnport.events.DelayCause;
import org.returnport.events.ParcelStage;
import org.returnport.events.PayoutDue;
import org.returnport.events.PayoutMethod;
import org.returnport.exchanges.entity.ExchangeHold;
import org.returnport.exchanges.entity.PriceDifference;
import org.returnport.exchanges.entity.ReplacementShipment;
import org.returnport.exchanges.entity.StockReservation;
import org.returnport.intake.entity.Discrepancy;
import org.returnport.intake.entity.DiscrepancyKind;
import org.returnport.intake.entity.Disposition;
import org.returnport.intake.entity.Grade;
import org.returnport.intake.entity.Intake;
import org.returnport.intake.entity.IntakeLine;
import org.returnport.intake.entity.IntakePhoto;
import org.returnport.intake.entity.ItemGrading;
import org.returnport.intake.entity.PhotoSubject;
import org.returnport.intake.entity.UnexpectedParcel;
import org.returnport.it.Deployments;
import org.returnport.loyalty.ledger.entity.LedgerEntry;
import org.returnport.loyalty.ledger.entity.LoyaltyAccount;
import org.returnport.loyalty.ledger.entity.Posting;
import org.returnport.loyalty.program.boundary.LoyaltyPrograms;
import org.returnport.loyalty.program.entity.ProgramRules;
import org.returnport.loyalty.program.entity.ProgramVersion;
import org.returnport.loyalty.redemption.entity.LoyaltyRedemption;
import org.returnport.members.entity.Member;
import org.returnport.money.Money;
import org.returnport.parcels.entity.CarrierScan;
import org.returnport.parcels.entity.Parcel;
import org.returnport.parcels.entity.ParcelLabel;
import org.returnport.parcels.entity.ParcelScan;
import org.returnport.parcels.entity.TrackingDelivery;
import org.returnport.parcels.entity.TrackingSecret;
import org.returnport.payments.entity.GatewayChoice;
import org.returnport.payments.entity.GatewayEvent;
import org.returnport.payments.entity.Refund;
import org.returnport.payments.entity.SandboxEntry;
import org.returnport.payments.entity.StripeAccount;
import org.returnport.policy.control.SuggestedPolicy;
import org.returnport.policy.entity.LocalizedText;
import org.returnport.policy.entity.PolicyRules.Hub;
import org.returnport.policy.entity.Quote;
import org.returnport.policy.entity.Resolution;
import org.returnport.policy.entity.ReturnPolicy;
import org.returnport.returns.entity.Incident;
import org.returnport.returns.entity.IncidentTerms;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.returns.entity.ReturnEvent;
import org.returnport.returns.entity.ReturnLine;
import org.returnport.returns.entity.ReturnPhoto;
import org.returnport.returns.entity.ReturnPhotoFile;
import org.returnport.returns.entity.RmaNumber;
import org.returnport.settlement.entity.CustomsReclaim;
import org.returnport.settlement.entity.ReclaimLine;
import org.returnport.settlement.entity.Settlement;
import org.returnport.settlement.entity.SettlementPart;
import org.returnport.staff.boundary.StaffDirectory;
import org.returnport.staff.entity.StaffInvitation;
import org.returnport.tenant.entity.Tenant;
import org.returnport.values.DisplayName;
import org.returnport.values.EmailAddress;
import org.returnport.webhooks.entity.WebhookAttempt;
import org.returnport.webhooks.entity.WebhookDelivery;
import org.returnport.webhooks.entity.WebhookEndpoint;

/**
 * Two stores side by side in one database: whatever store B asks for by id, by JPQL, by bulk update
 * or delete, it never reaches a row of store A. Every entity that belongs to a store is tested, as
 * the persistence unit lists them, so a new one cannot be left out.
 */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.domainWith(
        TenantIsolationIT.class, IsolationProbe.class, TenantFixtures.class);
  }

  @Inject TenantFixtures fixtures;

  @Inject IsolationProbe probe;

  @Inject StaffDirectory staff;

  @Inject Communities communities;

  @Inject LoyaltyPrograms loyaltyPrograms;

  private static final Hub HUB =
      new Hub("eu", "Leipzig", List.of("*"), "DE", "Lagerstraße 12, Leipzig", "DHL");

  private Tenant storeA;
  private Tenant storeB;

  @BeforeEach
  void twoStores() {
    storeA = fixtures.store("alpha");
    storeB = fixtures.store("bravo");
    fixtures.as(
        storeA,
        () ->
            probe.persist(
                new StaffInvitation(
                    "agent@alpha.example", StaffRole.MERCHANT_AGENT, "owner", Instant.now())));
  }

  @Test
  void noTenantOwnedEntityOfOneStoreCanBeReachedFromAnother() {
    Map<Class<?>, Supplier<?>> factories = factories();
    List<Class<?>> owned = fixtures.as(storeA, () -> probe.tenantOwnedTypes());
    assertThat(owned).as("entities found in the metamodel").contains(StaffInvitation.class);

    // Every entity is checked before the test fails, so one run names all that leak.
    List<String> leaks = new ArrayList<>();
    for (Class<?> type : owned) {
      String name = type.getSimpleName();
      Supplier<?> factory = factories.get(type);
      if (factory == null) {
        leaks.add(
            name
                + " belongs to a store but TenantIsolationIT cannot make one:"
                + " add it to factories() so that its isolation is proven");
        continue;
      }
      Object made;
      try {
        // Made in a transaction of its own, so that it is stored and has its id when it returns.
        made = fixtures.as(storeA, factory::get);
      } catch (RuntimeException e) {
        leaks.add(name + ": its factory could not make one in store A: " + e);
        continue;
      }
      Object id = fixtures.as(storeA, () -> probe.idOf(made));
      if (id == null) {
        leaks.add(name + ": its factory returned one that was not stored");
        continue;
      }

      check(
          leaks,
          name + ": store B finds it by id",
          probe(storeB, () -> probe.find(type, id)),
          null);
      check(
          leaks,
          name + ": store B's JPQL counts it",
          probe(storeB, () -> probe.count(type, id)),
          0L);
      check(
          leaks,
          name + ": store B's bulk update reaches it",
          probe(storeB, () -> probe.touch(type, id)),
          0);
      check(
          leaks,
          name + ": store B's bulk delete reaches it",
          probe(storeB, () -> probe.delete(type, id)),
          0);
      // The same operations from store A reach the row, so each one above was able to.
      check(
          leaks,
          name + ": store A cannot count its own",
          probe(storeA, () -> probe.count(type, id)),
          1L);
      check(
          leaks,
          name + ": store A cannot update its own",
          probe(storeA, () -> probe.touch(type, id)),
          1);
      if (probe(storeA, () -> probe.find(type, id)) == null) {
        leaks.add(name + ": store A cannot find its own");
      }
    }
    assertThat(leaks).isEmpty();
  }

  private static void check(List<String> leaks, String what, Object actual, Object expected) {
    if (!Objects.equals(actual, expected)) {
      leaks.add(what + " (" + actual + ")");
    }
  }

  /** The outcome of one probe as a store, or the exception it threw, which counts as a result. */
  private Object probe(Tenant store, Supplier<?> operation) {
    try {
      return fixtures.as(store, operation);
    } catch (RuntimeException e) {
      return e.toString();
    }
  }

  @Test
  void queriesListOnlyTheCurrentStoresRows() {
    assertThat(fixtures.as(storeB, () -> staff.invitations()))
        .extracting(StaffInvitation::getEmail)
        .doesNotContain("agent@alpha.example");
    assertThat(fixtures.as(storeA, () -> staff.invitations()))
        .extracting(StaffInvitation::getEmail)
        .containsExactly("agent@alpha.example");
  }

  @Test
  void eachStoreGetsItsOwnLoyaltyProgramAndCommunity() {
    ProgramRules renamed =
        new ProgramRules(
            new LocalizedText("Stars", null), null, null, null, null, null, List.of(), null);
    fixtures.as(
        storeA, () -> loyaltyPrograms.publish(loyaltyPrograms.current().versionNo(), renamed));
    List<Long> categoriesOfA =
        fixtures.as(
            storeA, () -> communities.categories().stream().map(CommunityCategory::getId).toList());
    List<Long> categoriesOfB =
        fixtures.as(
            storeB, () -> communities.categories().stream().map(CommunityCategory::getId).toList());

    assertThat(fixtures.as(storeA, () -> loyaltyPrograms.current().rules().pointsName().en()))
        .isEqualTo("Stars");
    assertThat(fixtures.as(storeB, () -> loyaltyPrograms.current().rules().pointsName().en()))
        .isEqualTo("Points");
    assertThat(categoriesOfA).hasSize(CommunityCategory.STARTER_CODES.size());
    assertThat(categoriesOfB).hasSize(CommunityCategory.STARTER_CODES.size());
    assertThat(categoriesOfA).doesNotContainAnyElementsOf(categoriesOfB);
  }

  @Test
  void tenantOwnedDataCannotBeReachedWithoutAStore() {
    assertThatThrownBy(() -> staff.invitations())
        .isInstanceOf(EJBException.class)
        .hasRootCauseInstanceOf(IllegalStateException.class);
  }

  private Settlement settlement(Instant now) {
    ReturnCase returnCase = probe.persist(returnCase(now));
    Settlement settlement = new Settlement(returnCase.getId(), returnCase.getRma(), "EUR", now);
    settlement.add(
        returnCase.getRma() + "-R1",
        PayoutMethod.REFUND,
        Money.of("1.00", "EUR"),
        Money.zero("EUR"),
        now);
    return probe.persist(settlement);
  }

  private CustomsReclaim reclaim(Instant now) {
    ReturnCase returnCase = probe.persist(returnCase(now));
    Money zero = Money.zero("EUR");
    CustomsReclaim reclaim =
        new CustomsReclaim(
            returnCase.getId(),
            returnCase.getRma(),
            returnCase.getOrderNumber(),
            "DE",
            "FR",
            "ENTRY-1",
            now,
            null,
            zero,
            zero,
            zero,
            now);
    reclaim.addLine(1, "PROBE", "Probe", "610910", "PT", 1, Money.of("1.00", "EUR"));
    return probe.persist(reclaim);
  }

  private WebhookEndpoint webhookEndpoint(Instant now) {
    return new WebhookEndpoint("https://hooks.example.com/probe", Set.of(), null, "sealed", now);
  }

  private WebhookDelivery webhookDelivery(Instant now) {
    return probe.persist(
        new WebhookDelivery(
            probe.persist(webhookEndpoint(now)).getId(), UUID.randomUUID(), "Probe", "{}", now));
  }

  /**
   * One valid, stored instance of each entity that belongs to a store, made in the current store. A
   * new tenant-owned entity without an entry here fails the test above.
   */
  private Map<Class<?>, Supplier<?>> factories() {
    Instant now = Instant.now();
    Map<Class<?>, Supplier<?>> make = new HashMap<>();
    make.put(
        StaffInvitation.class,
        () ->
            probe.persist(
                new StaffInvitation(
                    "probe@alpha.example", StaffRole.MERCHANT_AGENT, "owner", now)));
    make.put(ApiKey.class, () -> probe.persist(new ApiKey("probe", ApiKeySecret.generate(), now)));
    make.put(Product.class, () -> probe.persist(new Product(product())));
    make.put(CustomerOrder.class, () -> probe.persist(new CustomerOrder(order(now))));
    make.put(OrderLine.class, () -> probe.persist(new CustomerOrder(order(now))).getLines().get(0));
    make.put(OrderImport.class, () -> probe.persist(new OrderImport("owner", 1024, now)));
    make.put(
        ReturnPolicy.class,
        () ->
            probe.persist(
                new ReturnPolicy(1, SuggestedPolicy.rules("EUR", List.of(HUB)), "owner", now)));
    make.put(ReturnCase.class, () -> probe.persist(returnCase(now)));
    make.put(ReturnLine.class, () -> probe.persist(returnCase(now)).getLines().get(0));
    make.put(ReturnEvent.class, () -> probe.persist(returnCase(now)).getEvents().get(0));
    make.put(
        StockReservation.class,
        () ->
            probe.persist(new StockReservation(System.nanoTime(), "RMA-PROBE001", "TEE", 1, now)));
    make.put(
        ReplacementShipment.class,
        () ->
            probe.persist(
                new ReplacementShipment(
                    "RMA-PROBE001-" + UUID.randomUUID().toString().substring(0, 8),
                    1L,
                    "RMA-PROBE001",
                    "TEE",
                    1,
                    Money.of("30.00", "EUR"),
                    now)));
    make.put(
        PriceDifference.class,
        () ->
            probe.persist(
                new PriceDifference(
                    System.nanoTime(),
                    "RMA-PROBE001",
                    "RMA-PROBE001-XP" + UUID.randomUUID().toString().substring(0, 8),
                    PriceDifference.Direction.PAY,
                    Money.of("5.00", "EUR"),
                    now)));
    make.put(
        ExchangeHold.class,
        () ->
            probe.persist(
                new ExchangeHold(
                    System.nanoTime(),
                    "RMA-PROBE001",
                    "RMA-PROBE001-XH",
                    "sandbox",
                    "hold_probe",
                    Money.of("30.00", "EUR"),
                    now)));
    make.put(
        ReturnPhoto.class,
        () -> probe.persist(new ReturnPhoto(probe.persist(returnCase(now)).getId(), 1, photo())));
    make.put(Member.class, () -> probe.persist(member(now)));
    make.put(
        Incident.class,
        () ->
            probe.persist(
                new Incident(
                    new IncidentTerms(
                        "FR",
                        null,
                        DelayCause.STRIKE,
                        "Strike",
                        null,
                        java.time.LocalDate.now(java.time.ZoneOffset.UTC),
                        java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(2),
                        3),
                    null,
                    "owner",
                    now)));
    make.put(
        ProgramVersion.class,
        () ->
            probe.persist(
                new ProgramVersion(
                    (int) (System.nanoTime() % 1_000_000), ProgramRules.DEFAULTS, "probe", now)));
    make.put(LoyaltyAccount.class, () -> account(now));
    make.put(
        LedgerEntry.class,
        () ->
            probe.persist(
                account(now)
                    .post(
                        Posting.earned(
                            "probe/" + UUID.randomUUID(), "probe", 10, 0, now, "probe"))));
    // Loyalty redemption (issue 12, helper D)
    make.put(
        LoyaltyRedemption.class,
        () -> {
          LoyaltyAccount account = account(now);
          LedgerEntry entry =
              probe.persist(
                  account.post(
                      Posting.redemption(
                          "probe-" + UUID.randomUUID(), 500, 0, now, "probe", "5.00 EUR")));
          return probe.persist(
              LoyaltyRedemption.discountCode(
                  "probe-" + UUID.randomUUID(),
                  account.getMemberId(),
                  entry.getId(),
                  500,
                  Money.of("5.00", "EUR"),
                  0,
                  -500,
                  "PTS-" + UUID.randomUUID(),
                  UUID.randomUUID().toString().replace("-", "").repeat(2),
                  now));
        });
    make.put(CommunityCategory.class, () -> probe.persist(new CommunityCategory("probe", 99)));
    make.put(
        EventLogEntry.class,
        () -> probe.persist(new EventLogEntry(UUID.randomUUID(), "Probe", now, "{}")));
    make.put(Parcel.class, () -> probe.persist(parcel(now)));
    make.put(
        ParcelScan.class,
        () ->
            probe.persist(
                new ParcelScan(
                    probe.persist(parcel(now)).getId(),
                    new CarrierScan(
                        "SB-PICKUP", ParcelStage.PICKED_UP, now, "Lyon", "Picked up", 0, null),
                    ParcelScan.Source.POLL,
                    now)));
    make.put(
        ParcelLabel.class,
        () ->
            probe.persist(
                new ParcelLabel(
                    probe.persist(parcel(now)).getId(), "application/pdf", new byte[] {1})));
    make.put(
        TrackingDelivery.class,
        () -> probe.persist(new TrackingDelivery(UUID.randomUUID().toString(), now)));
    make.put(TrackingSecret.class, () -> probe.persist(new TrackingSecret("sealed", now)));
    make.put(
        GatewayChoice.class,
        () ->
            probe.persist(
                new GatewayChoice(
                    "probe-" + UUID.randomUUID().toString().substring(0, 8), "sandbox", now)));
    make.put(StripeAccount.class, () -> probe.persist(new StripeAccount("sealed", "4242", now)));
    make.put(
        GatewayEvent.class,
        () ->
            probe.persist(
                new GatewayEvent("stripe", "evt_" + UUID.randomUUID(), "refund.updated", now)));
    make.put(
        Grade.class,
        () ->
            probe.persist(
                Grade.scale(
                        List.of(
                            new Grade.Definition(
                                "P" + UUID.randomUUID().toString().substring(0, 6), "Probe")))
                    .get(0)));
    make.put(Intake.class, () -> intake(now));
    make.put(IntakeLine.class, () -> intake(now).getLines().get(0));
    make.put(ItemGrading.class, () -> intake(now).getLines().get(0).getGradings().get(0));
    make.put(
        IntakePhoto.class,
        () -> probe.persist(new IntakePhoto(PhotoSubject.UNEXPECTED, 1L, photo())));
    make.put(
        Discrepancy.class,
        () ->
            probe.persist(
                new Discrepancy(
                    probe.persist(returnCase(now)).getId(),
                    DiscrepancyKind.EMPTY_BOX,
                    null,
                    "Nothing inside",
                    false,
                    "hub",
                    now)));
    make.put(Settlement.class, () -> settlement(now));
    make.put(SettlementPart.class, () -> settlement(now).getParts().get(0));
    make.put(CustomsReclaim.class, () -> reclaim(now));
    make.put(ReclaimLine.class, () -> reclaim(now).getLines().get(0));
    make.put(
        UnexpectedParcel.class,
        () -> probe.persist(new UnexpectedParcel("1Z999AA10123456784", null, "hub", now)));
    make.put(
        Refund.class,
        () ->
            probe.persist(
                new Refund(
                    "probe",
                    "RMA-PROBE001-R" + System.nanoTime(),
                    1L,
                    "RMA-PROBE001",
                    "1001",
                    Money.of("10.00", "EUR"),
                    "card",
                    "pi_probe",
                    now)));
    make.put(
        SandboxEntry.class,
        () ->
            probe.persist(
                new SandboxEntry(
                    "probe",
                    SandboxEntry.Kind.REFUND,
                    "probe-" + System.nanoTime(),
                    "re_sbx_probe" + System.nanoTime(),
                    "pi_probe",
                    Money.of("10.00", "EUR"),
                    "SUCCEEDED",
                    null,
                    now,
                    null)));
    make.put(CreditAccount.class, () -> probe.persist(creditAccount(now)));
    make.put(
        CreditEntry.class,
        () ->
            probe.persist(
                probe
                    .persist(creditAccount(now))
                    .post(EntryKind.ISSUE, Money.of("5.00", "EUR"), "probe", now)));
    make.put(
        CreditIssue.class,
        () ->
            probe.persist(
                new CreditIssue(
                    new PayoutDue(
                        null,
                        UUID.randomUUID(),
                        now,
                        1L,
                        "RMA-PROBE001",
                        "probe-" + UUID.randomUUID(),
                        PayoutMethod.GIFT_CARD,
                        Money.of("5.00", "EUR"),
                        null),
                    probe.persist(creditAccount(now)),
                    now)));
    make.put(
        CreditRedemption.class,
        () ->
            probe.persist(
                new CreditRedemption(
                    "probe-" + UUID.randomUUID(),
                    probe.persist(creditAccount(now)),
                    "0".repeat(64),
                    Money.of("1.00", "EUR"),
                    now)));
    make.put(WebhookEndpoint.class, () -> probe.persist(webhookEndpoint(now)));
    make.put(WebhookDelivery.class, () -> probe.persist(webhookDelivery(now)));
    make.put(
        WebhookAttempt.class,
        () -> probe.persist(webhookDelivery(now).attempted(now, 500, "probe", 3)));
    communityFactories(make, now);
    return make;
  }

  /** The community's entities; the member ids that no foreign key checks are plain numbers. */
  private void communityFactories(Map<Class<?>, Supplier<?>> make, Instant now) {
    ContentRef somePost = new ContentRef(ContentKind.POST, 1L);
    make.put(Topic.class, () -> topic(now));
    make.put(Post.class, () -> post(now));
    make.put(
        TopicSubscription.class,
        () -> probe.persist(new TopicSubscription(topic(now).getId(), 1L, now)));
    make.put(Helpful.class, () -> probe.persist(new Helpful(post(now).getId(), 1L, now)));
    make.put(
        CommunityImage.class,
        () -> probe.persist(new CommunityImage(probe.persist(member(now)).getId(), photo(), now)));
    make.put(
        InvitationOptOut.class,
        () -> probe.persist(new InvitationOptOut("probe@alpha.example", now)));
    make.put(InvitationSettings.class, () -> probe.persist(new InvitationSettings()));
    make.put(
        ReviewInvitation.class,
        () ->
            probe.persist(
                new ReviewInvitation(
                    ReviewInvitation.Source.DELIVERY,
                    System.nanoTime(),
                    "probe@alpha.example",
                    "en",
                    List.of("SKU-1"),
                    now)));
    make.put(
        AuditEntry.class,
        () ->
            probe.persist(
                new AuditEntry(
                    now, AuditEntry.AUTOMATIC, AuditEntry.Action.HOLD, somePost, 1L, "probe")));
    make.put(CommunityStanding.class, () -> probe.persist(new CommunityStanding(1L)));
    make.put(FilterWord.class, () -> probe.persist(new FilterWord("en", "probe")));
    make.put(
        Flag.class,
        () -> probe.persist(new Flag(somePost, 1L, Flags.Reason.SPAM.name(), null, now)));
    make.put(ModerationSettings.class, () -> probe.persist(ModerationSettings.defaults()));
    make.put(
        QueueItem.class,
        () ->
            probe.persist(
                QueueItem.held(
                    somePost, 1L, "Probe", List.of(QueueItem.HoldReason.NEW_MEMBER), null, now)));
    make.put(
        TextFingerprint.class, () -> probe.persist(new TextFingerprint("0".repeat(64), 1L, now)));
    make.put(
        Notification.class,
        () ->
            probe.persist(
                new Notification(
                    probe.persist(member(now)).getId(),
                    "post:1",
                    Notification.Kind.REPLY,
                    "Probe",
                    "Probe topic",
                    "Probe",
                    "community/t/1-probe-topic#p1",
                    now)));
    make.put(
        NotificationSetting.class,
        () ->
            probe.persist(
                new NotificationSetting(
                    probe.persist(member(now)).getId(), NotificationSetting.MailMode.AT_ONCE)));
    make.put(
        ProductRating.class,
        () -> probe.persist(new ProductRating("PROBE-" + UUID.randomUUID(), now)));
    make.put(Review.class, () -> review(now));
    make.put(ReviewRevision.class, () -> probe.persist(new ReviewRevision(review(now), now)));
    make.put(ReviewVote.class, () -> probe.persist(new ReviewVote(review(now).getId(), 1L, now)));
    make.put(
        SearchDocument.class,
        () -> {
          SearchDocument document = new SearchDocument(ContentKind.POST, System.nanoTime());
          document.update(
              SearchDocument.Kind.POST, null, "Probe", "community/t/1-probe-topic#p1", now, 1);
          return probe.persist(document);
        });
    // Only the search indexer's native statement writes terms, so the probe has it index a post.
    make.put(
        SearchTerm.class,
        () -> {
          probe.announce(
              new ContentChanged(
                  new ContentRef(ContentKind.POST, System.nanoTime()),
                  true,
                  null,
                  "Probe",
                  1L,
                  now,
                  "community/t/1-probe-topic#p1"));
          return probe.all(SearchTerm.class).stream().findFirst().orElseThrow();
        });
  }

  private LoyaltyAccount account(Instant now) {
    return probe.persist(new LoyaltyAccount(probe.persist(member(now)).getId(), now));
  }

  private Member member(Instant now) {
    return new Member(
        UUID.randomUUID().toString(),
        EmailAddress.parse("probe@alpha.example").orElseThrow(),
        DisplayName.of("Probe " + UUID.randomUUID().toString().substring(0, 8)),
        Member.Language.EN,
        new Member.Preferences(true, false, false),
        "probe",
        now);
  }

  /** A topic in a category of its own, so that each stays within the category's unique code. */
  private Topic topic(Instant now) {
    CommunityCategory category =
        probe.persist(
            new CommunityCategory("probe-" + UUID.randomUUID().toString().substring(0, 8), 98));
    return probe.persist(new Topic(category.getId(), "Probe topic", "probe-topic", 1L, now));
  }

  private Post post(Instant now) {
    Topic topic = topic(now);
    return probe.persist(
        new Post(
            topic.getId(),
            topic.nextNumber(now),
            1L,
            "Probe",
            "<p>Probe</p>",
            Post.State.PUBLISHED,
            now));
  }

  private Review review(Instant now) {
    return probe.persist(
        new Review(
            "PROBE-" + UUID.randomUUID(),
            1L,
            new Review.Content(
                4,
                "Fits well",
                "Fits well.",
                "<p>Fits well.</p>",
                "Fits well.",
                Fit.TRUE_TO_SIZE,
                List.of()),
            false,
            null,
            false,
            now));
  }

  /** A gift card with a new code, in the current store. */
  private static CreditAccount creditAccount(Instant now) {
    String code = CreditCode.normalize(CreditCode.generate()).orElseThrow();
    return new CreditAccount(
        CreditKind.GIFT_CARD,
        EmailAddress.parse("probe@alpha.example").orElseThrow(),
        null,
        "EUR",
        CreditCode.hash(code),
        CreditCode.last4(code),
        "sealed",
        now);
  }

  /** A return's parcel received and graded at the hub. */
  private Intake intake(Instant now) {
    ReturnCase returned = probe.persist(returnCase(now));
    Intake intake =
        Intake.receive(
            returned.getId(),
            returned.getRma(),
            List.of(new Intake.Returned(1, "SKU-1", "Tee", 1)),
            Map.of(1, 1),
            null,
            "hub",
            now);
    intake.grade(1, 1, Grade.defaults().get(0), Disposition.RESTOCK, null, "hub", now);
    return probe.persist(intake);
  }

  private Parcel parcel(Instant now) {
    return new Parcel(probe.persist(returnCase(now)).getId(), "RMA-PROBE001", "sandbox", now);
  }

  private static ProductData product() {
    return new ProductData(
        "PROBE-" + UUID.randomUUID(),
        "Tee",
        "T恤",
        "tops",
        Money.of("30.00", "EUR"),
        200,
        "610910",
        "PT",
        "Probe Supplies",
        false,
        null,
        null);
  }

  private static OrderData order(Instant now) {
    return new OrderData(
        "PROBE-" + UUID.randomUUID(),
        "shopper@alpha.example",
        "Alpha Shopper",
        "DE",
        "Lagerstraße 1, Leipzig",
        "EUR",
        BigDecimal.ZERO,
        "card",
        now.minus(3, ChronoUnit.DAYS),
        now.minus(2, ChronoUnit.DAYS),
        now.minus(1, ChronoUnit.DAYS),
        List.of(
            new OrderData.Line(
                "SKU-1", "Tee", 1, new BigDecimal("30.00"), BigDecimal.ZERO, BigDecimal.ZERO)));
  }

  /** A return approved at once, with its line and events, on an order of the same store. */
  private ReturnCase returnCase(Instant now) {
    CustomerOrder order = probe.persist(new CustomerOrder(order(now)));
    Money value = Money.of("30.00", "EUR");
    Money none = Money.zero("EUR");
    Quote quote =
        new Quote(
            Resolution.REFUND,
            List.of(new Quote.Item(1, "SKU-1", 1, "too-small", "unused", value, none, null)),
            value,
            none,
            none,
            value,
            none,
            false,
            null,
            false,
            now.plus(14, ChronoUnit.DAYS),
            List.of());
    return new ReturnCase(
        RmaNumber.next(),
        UUID.randomUUID().toString(),
        new ReturnCase.Shopper(
            order.getId(), order.getNumber(), "shopper@alpha.example", "Alpha Shopper", "DE", "en"),
        1,
        quote,
        Map.of(),
        Map.of(),
        now);
  }

  /** A real one-pixel PNG, as a shopper's upload would be stored. */
  private static ReturnPhotoFile photo() {
    try {
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), "png", png);
      return ReturnPhotoFile.of(png.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
