package org.returnport.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.returnport.loyalty.program.boundary.LoyaltyPrograms;
import org.returnport.loyalty.program.entity.ProgramRules;

/**
 * Tier names for the loyalty console's pages, in the viewer's language, from the rules in force
 * (read once per request). A code the rules no longer name shows as the code.
 */
@Named("loyaltyTiers")
@RequestScoped
public class LoyaltyTierNames {

  @Inject LoyaltyPrograms programs;

  private ProgramRules rules;

  public String name(String code) {
    if (code == null) {
      return "";
    }
    if (rules == null) {
      rules = programs.current().rules();
    }
    return rules
        .tier(code)
        .map(tier -> tier.name().in(FacesContext.getCurrentInstance().getViewRoot().getLocale()))
        .orElse(code);
  }
}
