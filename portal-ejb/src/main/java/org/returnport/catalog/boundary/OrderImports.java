package org.returnport.catalog.boundary;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returnport.access.Caller;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.catalog.control.ImportProgress;
import org.returnport.catalog.control.ShopifyOrderExport;
import org.returnport.catalog.entity.ImportReport;
import org.returnport.catalog.entity.OrderImport;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.errors.TooLargeException;
import org.returnport.tenancy.TenantScoped;

/**
 * Imports Shopify order exports order by order: each order is recorded in a transaction of its own,
 * exactly as if an integration had sent it, so a re-import creates no duplicates and an order with
 * a bad row is refused whole while the others go in.
 */
@Stateless
public class OrderImports {

  private static final Logger LOG = Logger.getLogger(OrderImports.class.getName());
  private static final int PROGRESS_EVERY = 200;

  @PersistenceContext EntityManager em;

  @Inject OrderBook orders;

  @Inject ImportProgress progress;

  @Inject Caller caller;

  @Inject
  @ConfigProperty(name = "returnport.import.max-rows-per-order", defaultValue = "500")
  int maxRowsPerOrder;

  @Inject
  @ConfigProperty(name = "returnport.import.max-bytes", defaultValue = "104857600")
  long maxBytes;

  /**
   * Imports a request body now and answers what it did; for integrations. The body is first copied
   * to a temporary file, at most {@code returnport.import.max-bytes} of it (a larger declared
   * length is refused before reading): a body over the limit is refused whole and nothing is
   * imported.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ImportReport importBody(InputStream body, long declaredLength) {
    if (declaredLength > maxBytes) {
      throw new TooLargeException(maxBytes);
    }
    Path copy = null;
    try {
      copy = Files.createTempFile("returnport-import-", ".csv");
      try (OutputStream out = Files.newOutputStream(copy)) {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
          total += read;
          if (total > maxBytes) {
            throw new TooLargeException(maxBytes);
          }
          out.write(buffer, 0, read);
        }
      }
      try (Reader reader =
          new InputStreamReader(Files.newInputStream(copy), StandardCharsets.UTF_8)) {
        ImportReport report = new ImportReport();
        read(reader, report, () -> {});
        return report;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(copy);
    }
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.log(Level.FINE, "Could not delete " + file, e);
    }
  }

  /** Records that an admin uploaded a file of the given size; answers the import's id. */
  @TenantScoped
  @StoreRoles(StaffRole.MERCHANT_ADMIN)
  public long start(long bytesTotal) {
    OrderImport job = new OrderImport(caller.name().orElseThrow(), bytesTotal, Instant.now());
    em.persist(job);
    em.flush();
    return job.getId();
  }

  /** Runs an import started before, saving its progress as it goes; for the console. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void run(long importId, Reader reader, LongSupplier bytesRead) {
    ImportReport report = new ImportReport();
    boolean failed = false;
    try {
      read(reader, report, () -> progress.update(importId, bytesRead.getAsLong(), report));
    } catch (RejectedException e) {
      failed = true;
      report.refused(
          1,
          new ImportReport.Problem(
              1,
              1,
              "",
              e.field(),
              e.messageKey(),
              e.arguments().stream().map(String::valueOf).toList()));
    } catch (RuntimeException e) {
      failed = true;
      LOG.log(Level.WARNING, "Order import " + importId + " stopped", e);
    } finally {
      progress.finish(importId, report, failed);
    }
  }

  @TenantScoped
  @StoreRoles(StaffRole.MERCHANT_ADMIN)
  public OrderImport find(long importId) {
    return Optional.ofNullable(em.find(OrderImport.class, importId))
        .orElseThrow(() -> new NotFoundException("import " + importId));
  }

  private void read(Reader reader, ImportReport report, Runnable onProgress) {
    try (ShopifyOrderExport export = new ShopifyOrderExport(reader, maxRowsPerOrder)) {
      int orderCount = 0;
      for (var group = export.next(); group.isPresent(); group = export.next()) {
        var rows = group.get();
        if (rows.problem() != null) {
          report.refused(rows.lastRow(), problem(rows, rows.problem()));
        } else {
          try {
            report.recorded(rows.lastRow(), orders.record(rows.order()).name());
          } catch (RejectedException e) {
            report.refused(rows.lastRow(), problem(rows, e));
          } catch (EJBException e) {
            LOG.log(Level.WARNING, "Order " + rows.number() + " could not be recorded", e);
            report.refused(
                rows.lastRow(),
                problem(rows, new RejectedException(null, "returnport.import.failed")));
          }
        }
        if (++orderCount % PROGRESS_EVERY == 0) {
          onProgress.run();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ImportReport.Problem problem(ShopifyOrderExport.Group rows, RejectedException e) {
    List<String> arguments = e.arguments().stream().map(String::valueOf).toList();
    return new ImportReport.Problem(
        rows.firstRow(), rows.lastRow(), rows.number(), e.field(), e.messageKey(), arguments);
  }
}
