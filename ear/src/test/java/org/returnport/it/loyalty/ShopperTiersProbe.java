package org.returnport.it.loyalty;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import org.returnport.access.AnyCaller;
import org.returnport.policy.control.ShopperTiers;
import org.returnport.policy.control.ShopperTiers.ShopperTier;
import org.returnport.tenancy.TenantScoped;
import org.returnport.values.EmailAddress;

/**
 * Asks for a shopper's tier as the return policy does, from the kernel's module (deployed into
 * portal-ejb.jar): the answer must come from the loyalty module's implementation.
 */
@Stateless
@TenantScoped
@AnyCaller
public class ShopperTiersProbe {

  @Inject Instance<ShopperTiers> tiers;

  public Optional<ShopperTier> tierOf(String email) {
    if (!tiers.isResolvable()) {
      throw new IllegalStateException("no ShopperTiers to ask");
    }
    return tiers.get().tierOf(EmailAddress.parse(email).orElseThrow());
  }
}
