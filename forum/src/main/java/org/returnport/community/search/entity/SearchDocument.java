package org.returnport.community.search.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.community.content.ContentKind;
import org.returnport.tenancy.Tenancy;

/**
 * A visible topic, post or review as search keeps it: what a result shows (kind, title, address,
 * date) and its plain text, from which highlights are cut. Only what guests may read is here: a
 * document that is hidden or deleted leaves the index.
 */
@Entity
@Table(name = "COMMUNITY_SEARCH_DOC")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = SearchDocument.BY_REF,
    query = "SELECT d FROM SearchDocument d WHERE d.refKind = :kind AND d.refId = :id")
@NamedQuery(
    name = SearchDocument.STATISTICS,
    query = "SELECT COUNT(d), AVG(d.length) FROM SearchDocument d")
@NamedQuery(
    name = SearchDocument.BY_IDS,
    query = "SELECT d FROM SearchDocument d WHERE d.id IN :ids")
public class SearchDocument {

  public static final String BY_REF = "SearchDocument.byRef";
  public static final String STATISTICS = "SearchDocument.statistics";
  public static final String BY_IDS = "SearchDocument.byIds";

  public static final int TITLE_MAX = 200;
  public static final int PATH_MAX = 400;

  /** The longest text kept for highlights: as long as the longest post. */
  public static final int BODY_MAX = 20_000;

  /** What a result is, as shoppers tell them apart: a topic is its opening post. */
  public enum Kind {
    TOPIC,
    POST,
    REVIEW
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "REF_KIND", nullable = false, length = 8)
  private ContentKind refKind;

  @Column(name = "REF_ID", nullable = false)
  private long refId;

  @Enumerated(EnumType.STRING)
  @Column(name = "KIND", nullable = false, length = 8)
  private Kind kind;

  @Column(name = "TITLE", length = TITLE_MAX)
  private String title;

  @Lob
  @Column(name = "BODY", nullable = false)
  private String body;

  @Column(name = "PATH", nullable = false, length = PATH_MAX)
  private String path;

  @Column(name = "CREATED_AT", nullable = false)
  private Instant createdAt;

  /** The day it was written (days since 1970-01-01, UTC): what recency is reckoned from. */
  @Column(name = "CREATED_DAY", nullable = false)
  private int createdDay;

  @Column(name = "LENGTH", nullable = false)
  private int length;

  protected SearchDocument() {}

  public SearchDocument(ContentKind refKind, long refId) {
    this.refKind = refKind;
    this.refId = refId;
  }

  /** Takes the document's current content; its terms are written beside it by the caller. */
  public void update(
      Kind kind, String title, String body, String path, Instant createdAt, int length) {
    this.kind = kind;
    this.title = cut(title, TITLE_MAX);
    this.body = body == null ? "" : cut(body, BODY_MAX);
    this.path = path;
    this.createdAt = createdAt;
    this.createdDay = (int) createdAt.atOffset(ZoneOffset.UTC).toLocalDate().toEpochDay();
    this.length = length;
  }

  private static String cut(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end);
  }

  public Long getId() {
    return id;
  }

  public ContentKind getRefKind() {
    return refKind;
  }

  public long getRefId() {
    return refId;
  }

  public Kind getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public String getPath() {
    return path;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public int getLength() {
    return length;
  }
}
