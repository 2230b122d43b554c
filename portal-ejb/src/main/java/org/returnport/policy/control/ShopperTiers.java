package org.returnport.policy.control;

import java.util.Optional;
import org.returnport.policy.entity.LocalizedText;
import org.returnport.values.EmailAddress;

/**
 * The question the return policy asks the loyalty program: which tier is the shopper with this
 * address in, in the current store? Declared here, answered by the loyalty module (dependencies
 * point from it to the kernel); no answer means no tier.
 */
public interface ShopperTiers {

  Optional<ShopperTier> tierOf(EmailAddress email);

  /** A tier as the policy keys its benefits ({@code code}) and as shoppers read it. */
  record ShopperTier(String code, LocalizedText name) {}
}
