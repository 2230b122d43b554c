package org.returnport.community.moderation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.tenancy.Tenancy;

/** A word or phrase of a store's filter list in one language: writing that has it is held. */
@Entity
@Table(name = "COMMUNITY_FILTER_WORD")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(name = FilterWord.ALL, query = "SELECT w FROM FilterWord w ORDER BY w.language, w.word")
@NamedQuery(
    name = FilterWord.DELETE_LANGUAGE,
    query = "DELETE FROM FilterWord w WHERE w.language = :language")
public class FilterWord {

  public static final String ALL = "FilterWord.all";
  public static final String DELETE_LANGUAGE = "FilterWord.deleteLanguage";

  public static final int WORD_MAX = 60;

  /** At most this many words per language: the filter reads every list on every post. */
  public static final int LIST_MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "LANGUAGE", nullable = false, length = 16)
  private String language;

  @Column(name = "WORD", nullable = false, length = WORD_MAX)
  private String word;

  protected FilterWord() {}

  public FilterWord(String language, String word) {
    this.language = language;
    this.word = word;
  }

  public String getLanguage() {
    return language;
  }

  public String getWord() {
    return word;
  }
}
