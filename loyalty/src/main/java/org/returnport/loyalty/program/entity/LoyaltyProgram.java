package org.returnport.loyalty.program.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.tenancy.Tenancy;

/**
 * A tenant's points program: what its points are called and what a review earns. A tenant has one;
 * it starts with the defaults below, the most common set-up among review-driven programs.
 */
@Entity
@Table(name = "LOYALTY_PROGRAM")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(name = LoyaltyProgram.FIND, query = "SELECT p FROM LoyaltyProgram p")
public class LoyaltyProgram {

  public static final String FIND = "LoyaltyProgram.find";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "POINTS_NAME", nullable = false, length = 32)
  private String pointsName = "Points";

  @Column(name = "POINTS_PER_REVIEW", nullable = false)
  private int pointsPerReview = 50;

  @Column(name = "POINTS_PER_PHOTO_REVIEW", nullable = false)
  private int pointsPerPhotoReview = 100;

  @Column(name = "ENABLED", nullable = false)
  private boolean enabled = true;

  @Version
  @Column(name = "VERSION")
  private long version;

  public Long getId() {
    return id;
  }

  public String getPointsName() {
    return pointsName;
  }

  public int getPointsPerReview() {
    return pointsPerReview;
  }

  public int getPointsPerPhotoReview() {
    return pointsPerPhotoReview;
  }

  public boolean isEnabled() {
    return enabled;
  }
}
