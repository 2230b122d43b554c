package org.returnport.loyalty.program.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.loyalty.program.entity.LoyaltyProgram;
import org.returnport.tenancy.TenantScoped;

/** The current tenant's points program, set up with defaults the first time it is asked for. */
@Stateless
@TenantScoped
@StoreRoles({
  StaffRole.MERCHANT_ADMIN,
  StaffRole.MERCHANT_AGENT,
  StaffRole.WAREHOUSE,
  StaffRole.MODERATOR
})
public class LoyaltyPrograms {

  @PersistenceContext EntityManager em;

  public LoyaltyProgram current() {
    return em.createNamedQuery(LoyaltyProgram.FIND, LoyaltyProgram.class)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              LoyaltyProgram program = new LoyaltyProgram();
              em.persist(program);
              em.flush();
              return program;
            });
  }
}
