package org.returnport.web.signup;

import jakarta.enterprise.inject.Model;
import jakarta.inject.Inject;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.returnport.errors.RejectedException;
import org.returnport.identity.control.IdentityProviderException;
import org.returnport.tenant.boundary.Onboarding;
import org.returnport.tenant.entity.MerchantSignUp;
import org.returnport.web.errors.Feedback;

/** {@code /signup.xhtml}: a merchant opens its store. */
@Model
public class SignUpBacking {

  private static final Logger LOG = Logger.getLogger(SignUpBacking.class.getName());
  private static final List<String> CURRENCIES =
      List.of("USD", "EUR", "GBP", "CNY", "HKD", "JPY", "KRW", "SGD", "AUD", "CAD", "CHF");

  @Inject Onboarding onboarding;

  @Inject Feedback feedback;

  private final MerchantSignUp form = new MerchantSignUp();

  public String submit() {
    try {
      var tenant = onboarding.signUp(form);
      feedback.info("signup.done", tenant.getDisplayName(), tenant.getContactEmail());
      return "/signup-done?faces-redirect=true&store=" + tenant.getSlug();
    } catch (RejectedException e) {
      feedback.rejected(e, "signup");
    } catch (IdentityProviderException e) {
      LOG.log(Level.WARNING, "Sign-up failed at Keycloak", e);
      feedback.error("error.identity");
    }
    return null;
  }

  public MerchantSignUp getForm() {
    return form;
  }

  public List<Locale> getCountries() {
    return Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).stream()
        .map(code -> new Locale("", code))
        .toList();
  }

  public List<Currency> getCurrencies() {
    return CURRENCIES.stream().map(Currency::getInstance).toList();
  }
}
