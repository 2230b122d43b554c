package org.returnport.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.errors.RejectedException;
import org.returnport.loyalty.program.boundary.LoyaltyPrograms;
import org.returnport.loyalty.program.entity.ProgramVersion;
import org.returnport.money.Money;
import org.returnport.tenant.boundary.Tenants;
import org.returnport.web.errors.Feedback;
import org.returnport.web.tenancy.ConsoleStore;

/**
 * {@code /console/loyalty-program.xhtml}: Console › Loyalty › Program. Administrators edit and
 * publish the points program as a new version; agents read it, to answer shoppers' questions about
 * points and tiers. Points already earned keep the version they were earned under.
 */
@Named("consoleLoyaltyProgram")
@ViewScoped
@StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT})
public class LoyaltyProgramBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient LoyaltyPrograms programs;

  @Inject transient Tenants tenants;

  @Inject transient ConsoleStore store;

  @Inject transient Feedback feedback;

  private ProgramForm form;
  private int basedOn;
  private String currency;

  @PostConstruct
  void load() {
    var current = programs.current();
    basedOn = current.versionNo();
    form = ProgramForm.of(current.rules());
    currency = tenants.require(store.getSlug()).getDefaultCurrency();
  }

  public void publish() {
    try {
      basedOn = programs.publish(basedOn, form.toRules());
      feedback.info("loyalty.program.published", basedOn);
    } catch (RejectedException e) {
      feedback.rejected(e, "program");
    }
  }

  public void addTier() {
    form.addTier();
  }

  public void removeTier(int index) {
    form.removeTier(index);
  }

  /** What the smallest redemption is worth at the value typed, to check the value by eye. */
  public Money getMinimumWorth() {
    BigDecimal value = form.getPointValue();
    return value == null
        ? null
        : new Money(value.multiply(BigDecimal.valueOf(form.getMinimumPoints())), currency);
  }

  public List<ProgramVersion> getHistory() {
    return programs.history(20);
  }

  public boolean isEditable() {
    return store.isAdmin();
  }

  public ProgramForm getForm() {
    return form;
  }

  public int getBasedOn() {
    return basedOn;
  }

  public String getCurrency() {
    return currency;
  }
}
