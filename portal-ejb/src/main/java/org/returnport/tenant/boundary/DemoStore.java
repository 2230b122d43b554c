package org.returnport.tenant.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returnport.tenant.entity.MerchantSignUp;

/**
 * With RETURNPORT_DEMO=true (the run command sets it) a demo store exists from the first start, so
 * that a newcomer can sign in and look around at once. It signs up like any merchant.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrations")
public class DemoStore {

  static final String SLUG = "demo";
  private static final Logger LOG = Logger.getLogger(DemoStore.class.getName());

  @Inject
  @ConfigProperty(name = "returnport.demo", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "returnport.demo.admin", defaultValue = "admin@demo.example")
  String admin;

  @Inject
  @ConfigProperty(name = "returnport.demo.password", defaultValue = "demo-admin-1")
  String password;

  @Inject Tenants tenants;

  @Inject Onboarding onboarding;

  @PostConstruct
  void seed() {
    if (!enabled || tenants.isSlugTaken(SLUG)) {
      return;
    }
    MerchantSignUp form = new MerchantSignUp();
    form.setSlug(SLUG);
    form.setStoreName("Demo Outfitters");
    form.setContactEmail(admin);
    form.setFirstName("Dana");
    form.setLastName("Demo");
    form.setCountry("DE");
    form.setDefaultLanguage("en");
    form.setDefaultCurrency("EUR");
    form.setPassword(password);
    try {
      onboarding.signUp(form);
      LOG.info(() -> "Demo store created: /s/" + SLUG + "/, sign in as " + admin);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not create the demo store", e);
    }
  }
}
