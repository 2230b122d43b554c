package org.returnport.community.search.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.tenancy.Tenancy;

/**
 * One term of one document and how often it occurs there (see {@code DocumentTerms}). Rows are
 * written many at a time by the indexer and only ever read by queries, never loaded one by one.
 */
@Entity
@Table(name = "COMMUNITY_SEARCH_TERM")
@IdClass(SearchTerm.Key.class)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = SearchTerm.DELETE_OF_DOCUMENT,
    query = "DELETE FROM SearchTerm t WHERE t.docId = :doc")
@NamedQuery(
    name = SearchTerm.DOCUMENT_FREQUENCIES,
    query =
        "SELECT t.term, COUNT(t.docId) FROM SearchTerm t WHERE t.term IN :terms GROUP BY t.term")
public class SearchTerm {

  public static final String DELETE_OF_DOCUMENT = "SearchTerm.deleteOfDocument";
  public static final String DOCUMENT_FREQUENCIES = "SearchTerm.documentFrequencies";

  @Id
  @Column(name = "TERM", nullable = false, length = 32)
  private String term;

  @Id
  @Column(name = "DOC_ID", nullable = false)
  private long docId;

  @Column(name = "FREQ", nullable = false)
  private int freq;

  protected SearchTerm() {}

  public String getTerm() {
    return term;
  }

  public long getDocId() {
    return docId;
  }

  public int getFreq() {
    return freq;
  }

  /** The row's key within the store. */
  public static class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    private String term;
    private long docId;

    public Key() {}

    public Key(String term, long docId) {
      this.term = term;
      this.docId = docId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && key.docId == docId && Objects.equals(key.term, term);
    }

    @Override
    public int hashCode() {
      return Objects.hash(term, docId);
    }
  }
}
