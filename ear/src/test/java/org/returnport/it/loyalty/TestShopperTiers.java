package org.returnport.it.loyalty;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.returnport.policy.control.ShopperTiers;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.values.EmailAddress;

/**
 * The loyalty program's answer to "which tier is this shopper in?" as the tests set it, per store
 * and address: deployed into {@code loyalty.jar} in place of the program's own (an alternative, so
 * that it wins over the real one the module brings).
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class TestShopperTiers implements ShopperTiers {

  private final Map<String, ShopperTier> tiers = new ConcurrentHashMap<>();

  @Inject CurrentTenant currentTenant;

  @Override
  public Optional<ShopperTier> tierOf(EmailAddress email) {
    return currentTenant.get().map(store -> tiers.get(key(store.slug(), email)));
  }

  /** Places the shopper of this store in the tier; {@code tier} null takes them out of any. */
  public void place(String storeSlug, EmailAddress email, ShopperTier tier) {
    if (tier == null) {
      tiers.remove(key(storeSlug, email));
    } else {
      tiers.put(key(storeSlug, email), tier);
    }
  }

  private static String key(String storeSlug, EmailAddress email) {
    return storeSlug + "\n" + email.value();
  }
}
