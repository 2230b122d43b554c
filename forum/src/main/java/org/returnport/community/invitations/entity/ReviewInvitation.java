package org.returnport.community.invitations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.tenancy.Tenancy;
import org.returnport.values.EmailAddress;

/**
 * A review invitation that was sent: for one order after its delivery or for one closed return,
 * never twice (unique per source), naming the products it asked about.
 */
@Entity
@Table(name = "REVIEW_INVITATION")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = ReviewInvitation.BY_SOURCE,
    query = "SELECT i FROM ReviewInvitation i WHERE i.source = :source AND i.sourceId = :id")
public class ReviewInvitation {

  public static final String BY_SOURCE = "ReviewInvitation.bySource";
  public static final int SKUS_MAX = 2000;

  /** What the invitation was for: an order that arrived a while ago, or a return that closed. */
  public enum Source {
    DELIVERY,
    RETURN
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "SOURCE", nullable = false, updatable = false, length = 16)
  private Source source;

  @Column(name = "SOURCE_ID", nullable = false, updatable = false)
  private long sourceId;

  @Column(name = "EMAIL", nullable = false, updatable = false, length = EmailAddress.MAX)
  private String email;

  @Column(name = "LANGUAGE", nullable = false, updatable = false, length = 16)
  private String language;

  @Column(name = "SKUS", nullable = false, updatable = false, length = SKUS_MAX)
  private String skus;

  @Column(name = "CREATED_AT", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "OPENED_AT")
  private Instant openedAt;

  protected ReviewInvitation() {}

  public ReviewInvitation(
      Source source, long sourceId, String email, String language, List<String> skus, Instant now) {
    this.source = source;
    this.sourceId = sourceId;
    this.email = email;
    this.language = language;
    String joined = String.join("\n", skus);
    // SKUs are at most 64 characters: 30 of them fit; an order with more asks about the first 30.
    while (joined.length() > SKUS_MAX) {
      joined = joined.substring(0, joined.lastIndexOf('\n'));
    }
    this.skus = joined;
    this.createdAt = now;
  }

  /** The person followed one of its links (the first time counts). */
  public void opened(Instant now) {
    if (openedAt == null) {
      openedAt = now;
    }
  }

  public Long getId() {
    return id;
  }

  public Source getSource() {
    return source;
  }

  public long getSourceId() {
    return sourceId;
  }

  public String getEmail() {
    return email;
  }

  public String getLanguage() {
    return language;
  }

  public List<String> getSkus() {
    return Arrays.asList(skus.split("\n"));
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }
}
