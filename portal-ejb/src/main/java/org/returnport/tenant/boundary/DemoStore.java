package org.returnport.tenant.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returnport.catalog.boundary.Catalog;
import org.returnport.catalog.boundary.OrderBook;
import org.returnport.policy.boundary.ReturnPolicies;
import org.returnport.tenant.control.CurrentTenant;
import org.returnport.tenant.entity.MerchantSignUp;
import org.returnport.tenant.entity.Tenant;

/**
 * With RETURNPORT_DEMO=true (the run command sets it) a demo store with sample products and orders
 * exists from the first start, so that a newcomer can sign in and look around at once. It signs up
 * like any merchant, and its goods and orders come in through the same boundaries as an
 * integration's. Each step is a transaction of its own.
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

  @Inject Catalog catalog;

  @Inject OrderBook orderBook;

  @Inject ReturnPolicies policies;

  @Inject CurrentTenant currentTenant;

  @Inject RequestContextController requestContext;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void seed() {
    if (!enabled) {
      return;
    }
    try {
      Optional<Tenant> demo = tenants.findBySlug(SLUG).or(this::signUp);
      demo.ifPresent(this::stockUp);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not set up the demo store", e);
    }
  }

  private Optional<Tenant> signUp() {
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
    Tenant tenant = onboarding.signUpVerified(form);
    LOG.info(() -> "Demo store created: /s/" + SLUG + "/, sign in as " + admin);
    return Optional.of(tenant);
  }

  /**
   * A return policy, sample goods and orders, once: a store that already has a policy or products
   * keeps them.
   */
  private void stockUp(Tenant demo) {
    requestContext.activate();
    try {
      currentTenant.callAs(
          demo,
          () -> {
            policies.publishFirst(DemoCatalog.policy(), admin);
            if (catalog.count() > 0) {
              return null;
            }
            DemoCatalog.products().forEach(catalog::put);
            DemoCatalog.orders(Instant.now()).forEach(orderBook::record);
            LOG.info("Demo store stocked with sample products and orders");
            return null;
          });
    } finally {
      requestContext.deactivate();
    }
  }
}
