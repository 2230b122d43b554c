package org.returnport.community.category.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.returnport.access.AnyCaller;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.community.category.entity.CommunityCategory;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.tenancy.TenantScoped;

/**
 * The current tenant's community sections, opened with the starter set on first use. Everyone reads
 * them; the merchant's administrators and agents open, name and order them.
 */
@Stateless
@TenantScoped
public class Communities {

  @PersistenceContext EntityManager em;

  @AnyCaller
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

  /** Opens a section at the end of the list, named in English and Chinese. */
  @StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT})
  public CommunityCategory create(String nameEn, String nameZh) {
    checkNames(nameEn, nameZh);
    List<CommunityCategory> existing = categories();
    Set<String> codes =
        existing.stream().map(CommunityCategory::getCode).collect(Collectors.toSet());
    int position = existing.stream().mapToInt(CommunityCategory::getPosition).max().orElse(0) + 1;
    CommunityCategory category =
        new CommunityCategory(codeFor(nameEn, codes), position, nameEn, nameZh);
    em.persist(category);
    em.flush();
    return category;
  }

  /** Names a section anew (a starter section then shows these names, not its defaults). */
  @StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT})
  public CommunityCategory rename(long id, String nameEn, String nameZh) {
    checkNames(nameEn, nameZh);
    CommunityCategory category = find(id);
    category.rename(nameEn, nameZh);
    return category;
  }

  /** Moves a section one place up ({@code -1}) or down ({@code 1}) in the list. */
  @StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT})
  public List<CommunityCategory> move(long id, int step) {
    List<CommunityCategory> ordered = new ArrayList<>(categories());
    int from = -1;
    for (int i = 0; i < ordered.size(); i++) {
      if (ordered.get(i).getId() == id) {
        from = i;
      }
    }
    if (from < 0) {
      throw new NotFoundException("category " + id);
    }
    int to = Math.min(Math.max(0, from + Integer.signum(step)), ordered.size() - 1);
    ordered.add(to, ordered.remove(from));
    for (int i = 0; i < ordered.size(); i++) {
      ordered.get(i).moveTo(i + 1);
    }
    return ordered;
  }

  private CommunityCategory find(long id) {
    return em.createQuery(
            "SELECT c FROM CommunityCategory c WHERE c.id = :id", CommunityCategory.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("category " + id));
  }

  private static void checkNames(String nameEn, String nameZh) {
    check("nameEn", nameEn);
    check("nameZh", nameZh);
  }

  private static void check(String field, String name) {
    if (name == null || name.isBlank()) {
      throw new RejectedException(field, "community.category.name.blank");
    }
    if (name.strip().length() > CommunityCategory.NAME_MAX) {
      throw new RejectedException(
          field, "community.category.name.tooLong", CommunityCategory.NAME_MAX);
    }
  }

  /** A code from the English name, unique in the store: it names the section in forms and logs. */
  static String codeFor(String nameEn, Set<String> taken) {
    String base =
        nameEn
            .toLowerCase(java.util.Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-|-$", "");
    if (base.isEmpty()) {
      base = "section";
    }
    if (base.length() > CommunityCategory.CODE_MAX - 4) {
      base = base.substring(0, CommunityCategory.CODE_MAX - 4);
    }
    String code = base;
    for (int n = 2; taken.contains(code); n++) {
      code = base + "-" + n;
    }
    return code;
  }
}
