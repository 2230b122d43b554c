package org.returnport.community.category.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.tenancy.Tenancy;

/**
 * A section of a tenant's community forum. Its code names a translated title in the page bundles
 * ({@code community.category.<code>}).
 */
@Entity
@Table(name = "COMMUNITY_CATEGORY")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = CommunityCategory.FIND_ALL,
    query = "SELECT c FROM CommunityCategory c ORDER BY c.position")
public class CommunityCategory {

  public static final String FIND_ALL = "CommunityCategory.findAll";

  /** Where every community starts: the sections shoppers of any store look for first. */
  public static final List<String> STARTER_CODES =
      List.of("experiences", "reviews", "sizing", "help", "announcements");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "CODE", nullable = false, length = 40)
  private String code;

  @Column(name = "POSITION", nullable = false)
  private int position;

  @Version
  @Column(name = "VERSION")
  private long version;

  protected CommunityCategory() {}

  public CommunityCategory(String code, int position) {
    this.code = code;
    this.position = position;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public int getPosition() {
    return position;
  }
}
