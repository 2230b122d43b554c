package org.returnport.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Model;
import jakarta.inject.Inject;
import java.util.List;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.community.category.boundary.Communities;
import org.returnport.community.category.entity.CommunityCategory;
import org.returnport.loyalty.program.boundary.LoyaltyPrograms;
import org.returnport.loyalty.program.entity.ProgramRules;

/** {@code /console/index.xhtml}: what a new merchant sets up first, and what it already has. */
@Model
@StoreRoles({
  StaffRole.MERCHANT_ADMIN,
  StaffRole.MERCHANT_AGENT,
  StaffRole.WAREHOUSE,
  StaffRole.MODERATOR
})
public class IndexBacking {

  @Inject LoyaltyPrograms loyaltyPrograms;

  @Inject Communities communities;

  private ProgramRules program;
  private List<CommunityCategory> categories;

  @PostConstruct
  void load() {
    program = loyaltyPrograms.current().rules();
    categories = communities.categories();
  }

  public int getPointsPerReview() {
    return program.earning().review();
  }

  public int getPointsPerPhotoReview() {
    return program.earning().reviewWithPhotos();
  }

  public List<CommunityCategory> getCategories() {
    return categories;
  }
}
