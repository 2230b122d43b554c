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
import java.util.Locale;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.tenancy.Tenancy;

/**
 * A section of a tenant's community forum, with the names the merchant gave it in English and
 * Chinese. A starter section the merchant has not named shows the translated default of its code in
 * the page bundles ({@code community.category.<code>}).
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

  /** The longest name of a section, in characters, in either language. */
  public static final int NAME_MAX = 60;

  /** The longest code: a section's name in the address bundle keys and forms refer to. */
  public static final int CODE_MAX = 40;

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

  @Column(name = "NAME_EN", length = NAME_MAX)
  private String nameEn;

  @Column(name = "NAME_ZH", length = NAME_MAX)
  private String nameZh;

  @Version
  @Column(name = "VERSION")
  private long version;

  protected CommunityCategory() {}

  public CommunityCategory(String code, int position) {
    this.code = code;
    this.position = position;
  }

  /** A section the merchant opens, named in both languages. */
  public CommunityCategory(String code, int position, String nameEn, String nameZh) {
    this(code, position);
    rename(nameEn, nameZh);
  }

  /** Names the section; the caller checked both names (not blank, at most {@link #NAME_MAX}). */
  public void rename(String nameEn, String nameZh) {
    if (nameEn == null
        || nameZh == null
        || nameEn.isBlank()
        || nameZh.isBlank()
        || nameEn.length() > NAME_MAX
        || nameZh.length() > NAME_MAX) {
      throw new IllegalArgumentException("a section needs both names, each at most " + NAME_MAX);
    }
    this.nameEn = nameEn.strip();
    this.nameZh = nameZh.strip();
  }

  public void moveTo(int position) {
    this.position = position;
  }

  /** The merchant's name in a language ({@code zh...} for Chinese, else English), if named. */
  public Optional<String> nameIn(String languageTag) {
    boolean chinese = languageTag != null && languageTag.toLowerCase(Locale.ROOT).startsWith("zh");
    return Optional.ofNullable(chinese ? nameZh : nameEn);
  }

  public String getNameEn() {
    return nameEn;
  }

  public String getNameZh() {
    return nameZh;
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
