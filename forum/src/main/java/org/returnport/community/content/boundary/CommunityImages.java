package org.returnport.community.content.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returnport.access.AnyCaller;
import org.returnport.access.Caller;
import org.returnport.community.content.entity.CommunityImage;
import org.returnport.errors.RejectedException;
import org.returnport.errors.TooManyRequestsException;
import org.returnport.limits.boundary.RateCounters;
import org.returnport.limits.entity.RateLimit;
import org.returnport.limits.entity.RateLimit.Decision;
import org.returnport.members.entity.Member;
import org.returnport.returns.entity.ReturnPhotoFile;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenancy.TenantScoped;

/**
 * Photos for posts and reviews in the current store. Only the store's members upload, each a
 * limited number an hour ({@code RETURNPORT_LIMITS_COMMUNITY_IMAGES} per {@code
 * RETURNPORT_LIMITS_COMMUNITY_IMAGES_WINDOW}, counted in the database whatever server answers);
 * anyone may look at one whose address they were shown.
 */
@Stateless
@TenantScoped
public class CommunityImages {

  /** What an upload became: the photo's id and its address (see {@link CommunityImage#base}). */
  public record Stored(long id, String address) {}

  @PersistenceContext EntityManager em;

  @Inject Caller caller;

  @Inject CurrentTenant currentTenant;

  @Inject RateCounters counters;

  @Inject
  @ConfigProperty(name = "returnport.limits.community.images", defaultValue = "30")
  int perWindow;

  @Inject
  @ConfigProperty(name = "returnport.limits.community.images.window", defaultValue = "PT1H")
  String window;

  private final Clock clock = Clock.systemUTC();

  /**
   * Keeps a photo for the signed-in member. The caller read the upload only after its size was
   * checked ({@link ReturnPhotoFile#MAX_BYTES}); here its content decides whether it is a photo at
   * all. A refused upload keeps nothing.
   */
  @AnyCaller
  public Stored store(byte[] upload) {
    Member member =
        caller
            .userId()
            .flatMap(
                user ->
                    em.createNamedQuery(Member.BY_USER, Member.class)
                        .setParameter("user", user)
                        .getResultStream()
                        .findFirst())
            .orElseThrow(() -> new RejectedException(null, "community.content.image.joinFirst"));
    RateLimit limit = new RateLimit("community-images", perWindow, Duration.parse(window));
    Decision allowed = counters.hit(limit, slug() + "\n" + member.getId());
    if (!allowed.allowed()) {
      throw new TooManyRequestsException("community.content.image.tooMany", allowed.retryAfter());
    }
    CommunityImage image =
        new CommunityImage(member.getId(), ReturnPhotoFile.of(upload), clock.instant());
    em.persist(image);
    em.flush();
    return new Stored(image.getId(), image.address(slug()));
  }

  /** The photo a file name of the current store's photo addresses names; empty for any other. */
  @AnyCaller
  public Optional<CommunityImage> find(String fileName) {
    return CommunityImage.parse(fileName)
        .flatMap(
            name ->
                em.createNamedQuery(CommunityImage.BY_ID, CommunityImage.class)
                    .setParameter("id", name.id())
                    .getResultStream()
                    .findFirst()
                    .filter(image -> image.isNamedBy(name)));
  }

  private String slug() {
    return currentTenant.get().orElseThrow().slug();
  }
}
