package org.returnport.catalog.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.catalog.entity.ImportReport;
import org.returnport.catalog.entity.OrderImport;
import org.returnport.tenancy.TenantScoped;

/**
 * Saves how far an import got, each time in a transaction of its own, so that the progress bar
 * moves while the import runs (on whichever server polls it).
 */
@Stateless
@TenantScoped
@StoreRoles(StaffRole.MERCHANT_ADMIN)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportProgress {

  @PersistenceContext EntityManager em;

  public void update(long importId, long bytesRead, ImportReport report) {
    em.find(OrderImport.class, importId).progress(bytesRead, report);
  }

  public void finish(long importId, ImportReport report, boolean failed) {
    em.find(OrderImport.class, importId).finish(report, failed, Instant.now());
  }
}
