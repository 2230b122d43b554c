package org.returnport.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returnport.catalog.boundary.Catalog;
import org.returnport.catalog.boundary.OrderBook;
import org.returnport.catalog.entity.OrderData;
import org.returnport.catalog.entity.ProductData;
import org.returnport.demo.control.DemoCatalog;
import org.returnport.errors.RejectedException;
import org.returnport.identity.control.KeycloakAdmin;
import org.returnport.policy.boundary.ReturnPolicies;
import org.returnport.policy.entity.Resolution;
import org.returnport.returns.boundary.ShopperReturns;
import org.returnport.tenant.boundary.Onboarding;
import org.returnport.tenant.boundary.TenantJobs;
import org.returnport.tenant.boundary.Tenants;
import org.returnport.tenant.entity.MerchantSignUp;
import org.returnport.tenant.entity.Tenant;

/**
 * With RETURNPORT_DEMO=true (the run command sets it) a demo store with sample products and orders
 * exists from the first start, so that a newcomer can sign in and look around at once. It signs up
 * like any merchant, and its goods and orders come in through the same boundaries as an
 * integration's. Each step is a transaction of its own, and each start repairs what an earlier one
 * left half done: a database reset under a Keycloak that still knows the demo admin, or a store
 * that stopped before its policy, products or orders were in.
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

  @Inject KeycloakAdmin keycloak;

  @Inject Catalog catalog;

  @Inject OrderBook orderBook;

  @Inject ReturnPolicies policies;

  @Inject TenantJobs tenantJobs;

  @Inject ShopperReturns shopperReturns;

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
    removeKeycloakLeftovers();
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
   * The database has no demo store, but Keycloak keeps its data apart and may still hold the demo
   * admin and organization of an earlier one (its database was deleted, or the first start stopped
   * half-way). Nobody else owns them: they are removed, so that the sign-up makes them anew and
   * links them to the new store, as it would for any merchant.
   */
  private void removeKeycloakLeftovers() {
    keycloak
        .findUserId(admin)
        .ifPresent(
            user -> {
              keycloak.deleteUser(user);
              LOG.info(
                  () -> "Removed the demo admin " + admin + " left in Keycloak without a store");
            });
    keycloak
        .findOrganizationId(SLUG)
        .ifPresent(
            organization -> {
              keycloak.deleteOrganization(organization);
              LOG.info(
                  () -> "Removed the organization " + SLUG + " left in Keycloak without a store");
            });
  }

  /**
   * A return policy, then each sample product and order that is missing: what the store already has
   * (the merchant's own changes included) is kept, and what an interrupted start did not get to is
   * added.
   */
  private void stockUp(Tenant demo) {
    requestContext.activate();
    try {
      tenantJobs.actFor(
          demo,
          () -> {
            policies.publishFirst(DemoCatalog.policy(), admin);
            int added = 0;
            for (ProductData product : DemoCatalog.products()) {
              if (catalog.find(product.sku()).isEmpty()) {
                catalog.put(product);
                added++;
              }
            }
            for (OrderData order : DemoCatalog.orders(Instant.now())) {
              if (orderBook.find(order.number()).isEmpty()) {
                orderBook.record(order);
                added++;
              }
            }
            int returns = 0;
            for (OrderData order : DemoCatalog.parcelOrders(Instant.now())) {
              if (orderBook.find(order.number()).isEmpty()) {
                orderBook.record(order);
                added++;
                returns += returnAsTheShopperWould(order);
              }
            }
            if (returns > 0) {
              int count = returns;
              LOG.info(
                  () -> "Demo store: " + count + " returns approved, their parcels on their way");
            }
            if (added > 0) {
              int count = added;
              LOG.info(() -> "Demo store stocked with " + count + " sample products and orders");
            }
            return null;
          });
    } finally {
      requestContext.deactivate();
    }
  }

  /**
   * Returns the order's first item as its shopper would on the returns page (a size that does not
   * fit, unused, refunded): the policy approves it at once, and the approval books its parcel with
   * the sandbox carrier. Made only together with its order, and under a fixed submit key, so a
   * restart never makes it twice.
   */
  private int returnAsTheShopperWould(OrderData order) {
    try {
      shopperReturns.submit(
          order.number(),
          order.email(),
          List.of(new ShopperReturns.Choice(1, 1, "too-small", "unused", null, List.of(), null)),
          Resolution.REFUND,
          "CN".equals(order.shipCountry()) ? "zh" : "en",
          DemoCatalog.returnKey(order.number()));
      return 1;
    } catch (RejectedException e) {
      LOG.log(Level.WARNING, "Demo return of " + order.number() + " refused: " + e.getMessage());
      return 0;
    }
  }
}
