package org.returnport.intake.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.errors.RejectedException;
import org.returnport.tenancy.Tenancy;

/**
 * One step of the store's grading scale. A store that never set its scale grades with the default
 * one: A "as new", B "opened", C "damaged", D "unusable". A default grade without a name of the
 * merchant's is shown with its translated default name. A grade may deduct a percentage of the
 * graded item's share of the refund; the default scale deducts nothing for A and B, 20 % for C and
 * 50 % for D.
 */
@Entity
@Table(name = "HUB_GRADE")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(name = Grade.ALL, query = "SELECT g FROM Grade g ORDER BY g.position")
public class Grade {

  public static final String ALL = "Grade.all";
  public static final int CODE_MAX = 8;
  public static final int NAME_MAX = 60;
  public static final int MAX_GRADES = 12;
  public static final List<String> DEFAULT_CODES = List.of("A", "B", "C", "D");

  /** What the default grades deduct when the merchant says nothing else. */
  public static final Map<String, BigDecimal> DEFAULT_DEDUCTIONS =
      Map.of(
          "A",
          BigDecimal.ZERO,
          "B",
          BigDecimal.ZERO,
          "C",
          new BigDecimal("20"),
          "D",
          new BigDecimal("50"));

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private static final Pattern CODE =
      Pattern.compile("[A-Z0-9][A-Z0-9-]{0," + (CODE_MAX - 1) + "}");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "CODE", nullable = false, updatable = false, length = CODE_MAX)
  private String code;

  @Column(name = "NAME", length = NAME_MAX)
  private String name;

  @Column(name = "POSITION", nullable = false)
  private int position;

  /** Null on rows written before grades could deduct: the default for the code applies. */
  @Column(name = "DEDUCTION_PERCENT", precision = 5, scale = 2)
  private BigDecimal deductionPercent;

  protected Grade() {}

  private Grade(String code, String name, int position, BigDecimal deductionPercent) {
    this.code = code;
    this.name = name;
    this.position = position;
    this.deductionPercent = deductionPercent;
  }

  /** The scale a store grades with until it sets its own. */
  public static List<Grade> defaults() {
    return DEFAULT_CODES.stream()
        .map(
            code ->
                new Grade(code, null, DEFAULT_CODES.indexOf(code), DEFAULT_DEDUCTIONS.get(code)))
        .toList();
  }

  /**
   * A scale as the merchant wrote it, in its order: 1 to {@value #MAX_GRADES} grades, each with a
   * code of letters, digits and dashes (upper-cased), no code twice, and a name unless the code is
   * one of the defaults, and a deduction from 0 to 100 % (left empty: the default grade's, else
   * none).
   */
  public static List<Grade> scale(List<Definition> definitions) {
    List<Definition> rows =
        definitions.stream().filter(d -> !(blank(d.code()) && blank(d.name()))).toList();
    if (rows.isEmpty()) {
      throw new RejectedException(null, "returnport.grade.none");
    }
    if (rows.size() > MAX_GRADES) {
      throw new RejectedException(null, "returnport.grade.tooMany", MAX_GRADES);
    }
    Set<String> seen = new HashSet<>();
    List<Grade> scale = new java.util.ArrayList<>();
    for (Definition row : rows) {
      String code = blank(row.code()) ? "" : row.code().strip().toUpperCase(Locale.ROOT);
      if (!CODE.matcher(code).matches()) {
        throw new RejectedException(null, "returnport.grade.code", code, CODE_MAX);
      }
      if (!seen.add(code)) {
        throw new RejectedException(null, "returnport.grade.twice", code);
      }
      String name = blank(row.name()) ? null : row.name().strip();
      if (name == null && !DEFAULT_CODES.contains(code)) {
        throw new RejectedException(null, "returnport.grade.nameRequired", code);
      }
      if (name != null && name.length() > NAME_MAX) {
        throw new RejectedException(null, "returnport.grade.nameTooLong", code, NAME_MAX);
      }
      BigDecimal deduction =
          row.deductionPercent() == null
              ? DEFAULT_DEDUCTIONS.getOrDefault(code, BigDecimal.ZERO)
              : row.deductionPercent();
      if (deduction.signum() < 0 || deduction.compareTo(HUNDRED) > 0 || deduction.scale() > 2) {
        throw new RejectedException(null, "returnport.grade.deduction", code);
      }
      scale.add(new Grade(code, name, scale.size(), deduction));
    }
    return scale;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  public String getCode() {
    return code;
  }

  /** The merchant's name for it, or null for a default grade shown with its translated name. */
  public String getName() {
    return name;
  }

  public int getPosition() {
    return position;
  }

  /** The percentage of a graded item's share of the refund this grade keeps back. */
  public BigDecimal getDeductionPercent() {
    if (deductionPercent != null) {
      return deductionPercent;
    }
    return DEFAULT_DEDUCTIONS.getOrDefault(code, BigDecimal.ZERO);
  }

  /** A grade as typed on the settings page; a deduction left empty takes the default. */
  public record Definition(String code, String name, BigDecimal deductionPercent) {

    public Definition(String code, String name) {
      this(code, name, null);
    }
  }
}
