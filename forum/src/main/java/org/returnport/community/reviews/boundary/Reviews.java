package org.returnport.community.reviews.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.returnport.access.AnyCaller;
import org.returnport.access.Caller;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.catalog.boundary.ProductCard;
import org.returnport.catalog.boundary.Purchases;
import org.returnport.community.content.ContentKind;
import org.returnport.community.content.ContentRef;
import org.returnport.community.content.control.MarkdownRenderer;
import org.returnport.community.content.control.Rendered;
import org.returnport.community.moderation.control.Admission;
import org.returnport.community.moderation.control.Gatekeeper;
import org.returnport.community.reviews.ReviewReplied;
import org.returnport.community.reviews.control.Announcements;
import org.returnport.community.reviews.control.Apparel;
import org.returnport.community.reviews.control.Badges;
import org.returnport.community.reviews.control.Ratings;
import org.returnport.community.reviews.control.Tally;
import org.returnport.community.reviews.entity.ProductRating;
import org.returnport.community.reviews.entity.Review;
import org.returnport.community.reviews.entity.ReviewRevision;
import org.returnport.community.reviews.entity.ReviewVote;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.events.DomainEvent;
import org.returnport.events.PostMarkedHelpful;
import org.returnport.events.ReviewWithdrawn;
import org.returnport.members.entity.Member;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenancy.TenantScoped;
import org.returnport.values.EmailAddress;

/**
 * The current store's product reviews: anyone reads a product's rating and its published reviews; a
 * member writes one review per product (writing again edits it and keeps the old version),
 * withdraws it and marks others' reviews helpful; the store's staff reply in public. The badges are
 * found here from the store's orders and returns, and the product's rating row changes in the same
 * transaction as the review. No method hides a review for what it says: only moderation does, for
 * its own reasons.
 */
@Stateless
@TenantScoped
public class Reviews {

  /** The most reviews one page lists. */
  public static final int PAGE_MAX = 50;

  @PersistenceContext EntityManager em;

  @Inject Caller caller;

  @Inject CurrentTenant currentTenant;

  @Inject MarkdownRenderer renderer;

  @Inject Gatekeeper gatekeeper;

  @Inject Badges badges;

  @Inject Purchases purchases;

  @Inject Ratings ratings;

  @Inject Announcements announcements;

  @Inject Event<DomainEvent> events;

  @Inject Event<ReviewReplied> replies;

  private final Clock clock = Clock.systemUTC();

  /** A product's rating and one page of its published reviews; an unknown product is not found. */
  @AnyCaller
  public ReviewPage product(String sku, ReviewQuery query, int page, int size) {
    ProductCard product = product(sku);
    int pageSize = Math.max(1, Math.min(size, PAGE_MAX));
    int pageNo = Math.max(1, page);
    ReviewQuery wanted = query == null ? ReviewQuery.newest() : query;
    StringBuilder where = new StringBuilder(" WHERE r.sku = :sku AND r.state = :published");
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("sku", product.sku());
    parameters.put("published", Review.State.PUBLISHED);
    filter(wanted, where, parameters);
    List<ReviewView> reviews = list(where, parameters, wanted.sort(), pageNo, pageSize);
    long total = count(where, parameters);
    return new ReviewPage(rating(product), reviews, pageNo, pageSize, total);
  }

  /** A product's rating alone: one row, read without counting. */
  @AnyCaller
  public RatingView rating(String sku) {
    return rating(product(sku));
  }

  /** The products with published reviews, most recently changed first, for the sitemap. */
  @AnyCaller
  public List<ProductRating> rated(int limit) {
    return em.createNamedQuery(ProductRating.RATED, ProductRating.class)
        .setMaxResults(Math.max(0, limit))
        .getResultList();
  }

  /**
   * The earlier versions of a published review (or of the signed-in author's own), newest first.
   */
  @AnyCaller
  public List<RevisionView> history(long reviewId) {
    Review review = em.find(Review.class, reviewId);
    if (review == null || !(review.counts() || isOwn(review))) {
      throw new NotFoundException("review");
    }
    return em.createNamedQuery(ReviewRevision.OF_REVIEW, ReviewRevision.class)
        .setParameter("review", reviewId)
        .getResultStream()
        .map(
            r ->
                new RevisionView(
                    r.getRevision(),
                    r.getStars(),
                    r.getTitle(),
                    r.getHtml(),
                    r.getFit(),
                    r.getWrittenAt()))
        .toList();
  }

  /** The signed-in member's review of the product, whatever its state, to edit it. */
  @AnyCaller
  public Optional<ReviewView> mine(String sku) {
    Member member = requireMember();
    ProductCard product = product(sku);
    return own(member, product.sku()).map(review -> ReviewView.of(review, member.getDisplayName()));
  }

  /**
   * The signed-in member writes their review of the product, or edits it when they wrote one
   * already. The moderation gate decides first whether it shows at once or waits; badges come from
   * the member's verified address.
   */
  @AnyCaller
  public ReviewView write(String sku, ReviewInput input) {
    Member member = requireMember();
    ProductCard product = product(sku);
    boolean apparel = Apparel.sized(product);
    ReviewRules.checkInput(input, apparel);
    Rendered rendered = renderer.render(input.markdown(), imageBase());
    ReviewRules.checkPhotos(rendered.imageIds());
    Review.Content content = ReviewRules.content(input, rendered, apparel);
    boolean held = gatekeeper.admit(member, ContentKind.REVIEW, rendered) == Admission.HOLD;
    Instant now = now();
    ProductRating rating = ratings.forChange(product.sku(), now);
    EmailAddress email = EmailAddress.parse(member.getEmail()).orElse(null);
    Optional<Review> existing = own(member, product.sku());
    Review review;
    if (existing.isPresent()) {
      review = existing.get();
      em.persist(new ReviewRevision(review, now));
      Review edited = review;
      Tally.change(rating, review, now, () -> edited.edit(content, held, now));
      if (email != null && !review.isVerifiedReturn()) {
        badges.returned(email, product.sku()).ifPresent(edited::returned);
      }
      if (email != null && !review.isVerifiedPurchase() && badges.purchased(email, product.sku())) {
        review.purchased();
      }
    } else {
      Optional<Long> returned =
          email == null ? Optional.empty() : badges.returned(email, product.sku());
      boolean purchased = email != null && badges.purchased(email, product.sku());
      review =
          new Review(
              product.sku(), member.getId(), content, purchased, returned.orElse(null), held, now);
      em.persist(review);
      Tally.added(rating, review, now);
    }
    em.flush();
    if (held) {
      gatekeeper.held(
          new ContentRef(ContentKind.REVIEW, review.getId()), member, ReviewRules.excerpt(review));
      announcements.changed(review);
    } else {
      announcements.published(review, now);
    }
    return ReviewView.of(review, member.getDisplayName());
  }

  /** The signed-in member takes their review of the product back. */
  @AnyCaller
  public void withdraw(String sku) {
    Member member = requireMember();
    ProductCard product = product(sku);
    Review review = own(member, product.sku()).orElseThrow(() -> new NotFoundException("review"));
    Instant now = now();
    boolean wasShown = review.counts();
    Tally.change(ratings.forChange(review.getSku(), now), review, now, review::withdraw);
    em.flush();
    if (wasShown) {
      announcements.withdrawn(review, ReviewWithdrawn.Why.WITHDRAWN_BY_AUTHOR, now);
    } else {
      announcements.changed(review);
    }
  }

  /**
   * The signed-in member found another member's published review helpful: counted once per member
   * and review, never for their own.
   */
  @AnyCaller
  public int markHelpful(long reviewId) {
    Member member = requireMember();
    Review review = em.find(Review.class, reviewId);
    if (review == null || !review.counts()) {
      throw new NotFoundException("review");
    }
    if (review.getAuthorMemberId() == member.getId()) {
      throw new RejectedException(null, "community.review.helpful.own");
    }
    boolean voted =
        em.createNamedQuery(ReviewVote.FIND, ReviewVote.class)
            .setParameter("review", reviewId)
            .setParameter("member", member.getId())
            .getResultStream()
            .findFirst()
            .isPresent();
    if (voted) {
      return review.getHelpfulCount();
    }
    Instant now = now();
    em.persist(new ReviewVote(reviewId, member.getId(), now));
    review.markedHelpful();
    em.flush();
    events.fire(
        new PostMarkedHelpful(
            currentTenant.get().orElseThrow(),
            UUID.randomUUID(),
            now,
            PostMarkedHelpful.Kind.REVIEW,
            reviewId,
            review.getAuthorMemberId(),
            member.getId()));
    return review.getHelpfulCount();
  }

  /** The store's reviews for its staff, newest first, in every state. */
  @StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT})
  public ReviewPage all(ReviewQuery query, int page, int size) {
    int pageSize = Math.max(1, Math.min(size, PAGE_MAX));
    int pageNo = Math.max(1, page);
    ReviewQuery wanted = query == null ? ReviewQuery.newest() : query;
    StringBuilder where = new StringBuilder(" WHERE r.state <> :deleted");
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("deleted", Review.State.DELETED);
    filter(wanted, where, parameters);
    return new ReviewPage(
        null,
        list(where, parameters, ReviewQuery.Sort.NEWEST, pageNo, pageSize),
        pageNo,
        pageSize,
        count(where, parameters));
  }

  /**
   * The store answers a review in public (or changes its answer). The author hears of it; the
   * review itself stays as it is, whatever its stars.
   */
  @StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT})
  public ReviewView reply(long reviewId, String text) {
    Review review = em.find(Review.class, reviewId);
    if (review == null || review.getState() == Review.State.DELETED) {
      throw new NotFoundException("review");
    }
    String reply = ReviewRules.reply(text);
    Instant now = now();
    review.reply(reply, caller.name().orElse("staff"), now);
    em.flush();
    ProductCard product = product(review.getSku());
    replies.fire(
        new ReviewReplied(
            review.getId(),
            review.getAuthorMemberId(),
            review.getSku(),
            product.nameEn(),
            Announcements.path(review)));
    announcements.changed(review);
    return ReviewView.of(review, authorNames(List.of(review)).get(review.getAuthorMemberId()));
  }

  private void filter(ReviewQuery query, StringBuilder where, Map<String, Object> parameters) {
    if (query.stars() != null) {
      if (query.stars() < 1 || query.stars() > 5) {
        throw new RejectedException("stars", "community.review.stars.range");
      }
      where.append(" AND r.stars = :stars");
      parameters.put("stars", query.stars());
    }
    if (query.badge() != null) {
      switch (query.badge()) {
        case RETURN -> where.append(" AND r.verifiedReturnId IS NOT NULL");
        case PURCHASE -> where.append(" AND r.verifiedPurchase = TRUE");
        case NONE -> where.append(" AND r.verifiedPurchase = FALSE AND r.verifiedReturnId IS NULL");
      }
    }
    if (query.withPhotos()) {
      where.append(" AND r.photoIds IS NOT NULL");
    }
  }

  private List<ReviewView> list(
      StringBuilder where,
      Map<String, Object> parameters,
      ReviewQuery.Sort sort,
      int page,
      int size) {
    String order =
        switch (sort == null ? ReviewQuery.Sort.NEWEST : sort) {
          case NEWEST -> " ORDER BY r.createdAt DESC, r.id DESC";
          case HELPFUL -> " ORDER BY r.helpfulCount DESC, r.createdAt DESC, r.id DESC";
          case LOWEST -> " ORDER BY r.stars ASC, r.createdAt DESC, r.id DESC";
          case HIGHEST -> " ORDER BY r.stars DESC, r.createdAt DESC, r.id DESC";
        };
    TypedQuery<Review> query =
        em.createQuery("SELECT r FROM Review r" + where + order, Review.class);
    parameters.forEach(query::setParameter);
    List<Review> reviews =
        query.setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
    Map<Long, String> names = authorNames(reviews);
    List<ReviewView> views = new ArrayList<>();
    for (Review review : reviews) {
      views.add(ReviewView.of(review, names.get(review.getAuthorMemberId())));
    }
    return views;
  }

  private long count(StringBuilder where, Map<String, Object> parameters) {
    TypedQuery<Long> query = em.createQuery("SELECT COUNT(r) FROM Review r" + where, Long.class);
    parameters.forEach(query::setParameter);
    return query.getSingleResult();
  }

  private Map<Long, String> authorNames(List<Review> reviews) {
    Map<Long, String> names = new HashMap<>();
    if (reviews.isEmpty()) {
      return names;
    }
    List<Long> ids = reviews.stream().map(Review::getAuthorMemberId).distinct().toList();
    em.createQuery("SELECT m.id, m.displayName FROM Member m WHERE m.id IN :ids", Object[].class)
        .setParameter("ids", ids)
        .getResultStream()
        .forEach(row -> names.put((Long) row[0], (String) row[1]));
    return names;
  }

  private RatingView rating(ProductCard product) {
    ProductRating rating =
        em.createNamedQuery(ProductRating.BY_SKU, ProductRating.class)
            .setParameter("sku", product.sku())
            .getResultStream()
            .findFirst()
            .orElse(null);
    return RatingView.of(
        product.sku(),
        product.nameEn(),
        product.nameZh(),
        product.imageUrl(),
        Apparel.sized(product),
        rating);
  }

  private ProductCard product(String sku) {
    return purchases.product(sku).orElseThrow(() -> new NotFoundException("product"));
  }

  private Optional<Review> own(Member member, String sku) {
    return em.createNamedQuery(Review.BY_AUTHOR, Review.class)
        .setParameter("member", member.getId())
        .setParameter("sku", sku)
        .getResultStream()
        .findFirst();
  }

  private boolean isOwn(Review review) {
    return member().map(m -> m.getId() == review.getAuthorMemberId()).orElse(false);
  }

  private Optional<Member> member() {
    return caller
        .userId()
        .flatMap(
            user ->
                em.createNamedQuery(Member.BY_USER, Member.class)
                    .setParameter("user", user)
                    .getResultStream()
                    .findFirst());
  }

  private Member requireMember() {
    if (caller.userId().isEmpty()) {
      throw new RejectedException(null, "community.review.signedOut");
    }
    return member().orElseThrow(() -> new RejectedException(null, "community.review.notMember"));
  }

  private String imageBase() {
    return "/s/" + currentTenant.get().orElseThrow().slug() + "/community/images/";
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
