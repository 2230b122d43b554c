package org.returnport.community.moderation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.tenancy.Tenancy;

/**
 * The digest of a text a member wrote, and when: what the duplicate check compares a new text with.
 * Only the digest is kept, never the text.
 */
@Entity
@Table(name = "COMMUNITY_TEXT_FINGERPRINT")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = TextFingerprint.AUTHORS_SINCE,
    query =
        "SELECT DISTINCT f.memberId FROM TextFingerprint f WHERE f.digest = :digest"
            + " AND f.createdAt > :since")
public class TextFingerprint {

  public static final String AUTHORS_SINCE = "TextFingerprint.authorsSince";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "DIGEST", nullable = false, length = 64, updatable = false)
  private String digest;

  @Column(name = "MEMBER_ID", nullable = false, updatable = false)
  private long memberId;

  @Column(name = "CREATED_AT", nullable = false, updatable = false)
  private Instant createdAt;

  protected TextFingerprint() {}

  public TextFingerprint(String digest, long memberId, Instant now) {
    this.digest = digest;
    this.memberId = memberId;
    this.createdAt = now;
  }
}
