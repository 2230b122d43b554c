package org.returnport.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.errors.RejectedException;
import org.returnport.intake.boundary.HubGrades;
import org.returnport.intake.entity.Grade;
import org.returnport.web.errors.Feedback;

/** {@code /console/grades.xhtml}: the grades the hub gives returned items, in the store's words. */
@Named("grades")
@ViewScoped
@StoreRoles(StaffRole.MERCHANT_ADMIN)
public class GradesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient HubGrades hubGrades;

  @Inject transient Feedback feedback;

  private final List<Row> rows = new ArrayList<>();

  @PostConstruct
  void load() {
    rows.clear();
    hubGrades
        .scale()
        .forEach(g -> rows.add(new Row(g.getCode(), g.getName(), g.getDeductionPercent())));
  }

  public void add() {
    if (rows.size() < Grade.MAX_GRADES) {
      rows.add(new Row(null, null, null));
    }
  }

  public void remove(int index) {
    if (rows.size() > 1) {
      rows.remove(index);
    }
  }

  public void save() {
    try {
      hubGrades.save(
          rows.stream()
              .map(r -> new Grade.Definition(r.getCode(), r.getName(), r.getDeduction()))
              .toList());
      feedback.info("console.grades.saved");
      load();
    } catch (RejectedException e) {
      feedback.rejected(e, "grades");
    }
  }

  public List<Row> getRows() {
    return rows;
  }

  public boolean isDefaultCode(String code) {
    return code != null && Grade.DEFAULT_CODES.contains(code);
  }

  /** One grade as it is being edited. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private String code;
    private String name;
    private BigDecimal deduction;

    Row(String code, String name, BigDecimal deduction) {
      this.code = code;
      this.name = name;
      this.deduction = deduction;
    }

    /** The percentage of an item's share of the refund the grade keeps back; empty: default. */
    public BigDecimal getDeduction() {
      return deduction;
    }

    public void setDeduction(BigDecimal deduction) {
      this.deduction = deduction;
    }

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }
  }
}
