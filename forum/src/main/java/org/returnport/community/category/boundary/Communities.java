package org.returnport.community.category.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.stream.IntStream;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.community.category.entity.CommunityCategory;
import org.returnport.tenancy.TenantScoped;

/** The current tenant's community sections, opened with the starter set on first use. */
@Stateless
@TenantScoped
@StoreRoles({
  StaffRole.MERCHANT_ADMIN,
  StaffRole.MERCHANT_AGENT,
  StaffRole.WAREHOUSE,
  StaffRole.MODERATOR
})
public class Communities {

  @PersistenceContext EntityManager em;

  public List<CommunityCategory> categories() {
    List<CommunityCategory> categories =
        em.createNamedQuery(CommunityCategory.FIND_ALL, CommunityCategory.class).getResultList();
    if (!categories.isEmpty()) {
      return categories;
    }
    List<String> codes = CommunityCategory.STARTER_CODES;
    List<CommunityCategory> starters =
        IntStream.range(0, codes.size())
            .mapToObj(i -> new CommunityCategory(codes.get(i), i + 1))
            .toList();
    starters.forEach(em::persist);
    em.flush();
    return starters;
  }
}
