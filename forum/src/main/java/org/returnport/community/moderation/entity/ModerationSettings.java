package org.returnport.community.moderation.entity;

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
 * A store's moderation thresholds: approvals that make a new member trusted, distinct members'
 * flags that hide an item until a moderator looks, and links a new member may post before the post
 * is refused. A store without a row uses {@link #defaults()}.
 */
@Entity
@Table(name = "COMMUNITY_MODERATION_SETTINGS")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(name = ModerationSettings.FIND, query = "SELECT s FROM ModerationSettings s")
public class ModerationSettings {

  public static final String FIND = "ModerationSettings.find";

  public static final int BASIC_AFTER = 3;
  public static final int FLAGS_TO_HIDE = 3;
  public static final int MAX_LINKS_NEW = 2;

  /** The largest value any threshold takes; beyond it a threshold means nothing. */
  public static final int THRESHOLD_MAX = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "BASIC_AFTER", nullable = false)
  private int basicAfter = BASIC_AFTER;

  @Column(name = "FLAGS_TO_HIDE", nullable = false)
  private int flagsToHide = FLAGS_TO_HIDE;

  @Column(name = "MAX_LINKS_NEW", nullable = false)
  private int maxLinksNew = MAX_LINKS_NEW;

  // The languages whose word list the store wrote itself; the others use the standard list.
  @Column(name = "OWN_WORD_LISTS", nullable = false, length = 64)
  private String ownWordLists = "";

  @Version
  @Column(name = "VERSION")
  private long version;

  public static ModerationSettings defaults() {
    return new ModerationSettings();
  }

  /** Sets all three; the caller has checked each lies in its range. */
  public void change(int basicAfter, int flagsToHide, int maxLinksNew) {
    this.basicAfter = basicAfter;
    this.flagsToHide = flagsToHide;
    this.maxLinksNew = maxLinksNew;
  }

  /** From now on the store's own list of this language applies, even an empty one. */
  public void ownWordList(String language) {
    if (!hasOwnWordList(language)) {
      ownWordLists = ownWordLists.isEmpty() ? language : ownWordLists + "," + language;
    }
  }

  public boolean hasOwnWordList(String language) {
    return java.util.Arrays.asList(ownWordLists.split(",")).contains(language);
  }

  public Long getId() {
    return id;
  }

  public int getBasicAfter() {
    return basicAfter;
  }

  public int getFlagsToHide() {
    return flagsToHide;
  }

  public int getMaxLinksNew() {
    return maxLinksNew;
  }
}
