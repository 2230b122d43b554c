package org.returnport.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.errors.RejectedException;
import org.returnport.loyalty.program.boundary.LoyaltyPrograms;
import org.returnport.loyalty.program.entity.ProgramRules;
import org.returnport.policy.boundary.ReturnPolicies;
import org.returnport.policy.control.SuggestedPolicy;
import org.returnport.policy.entity.PolicyRules;
import org.returnport.policy.entity.Resolution;
import org.returnport.policy.entity.ReturnPolicy;
import org.returnport.tenant.boundary.Tenants;
import org.returnport.web.errors.Feedback;
import org.returnport.web.tenancy.ConsoleStore;

/**
 * {@code /console/policy.xhtml}: the return policy editor. It starts from the version in force (or,
 * before the first, from a suggested policy in the store's currency) and publishes a new version;
 * returns already requested keep theirs.
 */
@Named("consolePolicy")
@ViewScoped
@StoreRoles(StaffRole.MERCHANT_ADMIN)
public class PolicyBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ReturnPolicies policies;

  @Inject transient Tenants tenants;

  @Inject transient ConsoleStore store;

  @Inject transient Feedback feedback;

  @Inject transient LoyaltyPrograms loyaltyPrograms;

  private PolicyForm form;
  private int basedOn;

  @PostConstruct
  void load() {
    var current = policies.current();
    basedOn = current.map(ReturnPolicy::getVersionNo).orElse(0);
    form =
        PolicyForm.of(
            current
                .map(ReturnPolicy::getRules)
                .orElseGet(
                    () ->
                        SuggestedPolicy.rules(
                            tenants.require(store.getSlug()).getDefaultCurrency(), List.of())));
    if (form.rows("HUBS").isEmpty()) {
      form.addRow(PolicyForm.Table.HUBS);
    }
  }

  public void publish() {
    try {
      PolicyRules rules = form.toRules();
      basedOn = policies.publish(basedOn, rules);
      feedback.info("console.policy.published", basedOn);
    } catch (RejectedException e) {
      feedback.rejected(e, "policy");
    }
  }

  public void addRow(String table) {
    form.addRow(PolicyForm.Table.valueOf(table));
  }

  public void removeRow(String table, int index) {
    form.removeRow(PolicyForm.Table.valueOf(table), index);
  }

  public List<ReturnPolicy> getHistory() {
    return policies.history(10);
  }

  public Resolution[] getAllResolutions() {
    return Resolution.values();
  }

  /** The tiers of the loyalty program in force, whose codes the tier benefits are keyed by. */
  public List<ProgramRules.Tier> getLoyaltyTiers() {
    return loyaltyPrograms.current().rules().tiers();
  }

  public PolicyRules.Treatment[] getTreatments() {
    return PolicyRules.Treatment.values();
  }

  public PolicyForm getForm() {
    return form;
  }

  public int getBasedOn() {
    return basedOn;
  }
}
