package org.returnport.web.console;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.catalog.boundary.OrderImports;
import org.returnport.catalog.entity.OrderImport;
import org.returnport.errors.NotFoundException;
import org.returnport.tenant.boundary.TenantJobs;
import org.returnport.web.errors.Feedback;
import org.returnport.web.tenancy.ConsoleStore;

/**
 * {@code /console/import.xhtml}: upload a Shopify order export; it is imported in the background
 * while the page shows how far it got, then the report.
 */
@Named("consoleImport")
@ViewScoped
@StoreRoles(StaffRole.MERCHANT_ADMIN)
public class ImportBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ImportBacking.class.getName());

  @Inject transient OrderImports imports;

  @Inject transient TenantJobs jobs;

  @Inject transient ConsoleStore store;

  @Inject transient Feedback feedback;

  private transient Part file;
  private Long id;
  private transient OrderImport job;

  public void upload() throws IOException {
    if (file == null || file.getSize() == 0) {
      feedback.error("console.import.noFile");
      return;
    }
    Path copy = Files.createTempFile("returnport-import-", ".csv");
    try (InputStream in = file.getInputStream()) {
      Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
    }
    long importId = imports.start(Files.size(copy));
    OrderImports importer = imports;
    jobs.run(store.getSlug(), () -> runFrom(importer, importId, copy));
    FacesContext.getCurrentInstance()
        .getExternalContext()
        .redirect(
            FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/console/import.xhtml?id="
                + importId);
  }

  private static void runFrom(OrderImports importer, long importId, Path file) {
    AtomicLong read = new AtomicLong();
    try (InputStream in = new Counting(Files.newInputStream(file), read);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      importer.run(importId, reader, read::get);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        LOG.log(Level.WARNING, "Could not delete " + file, e);
      }
    }
  }

  public OrderImport getJob() {
    if (job == null && id != null) {
      try {
        job = imports.find(id);
      } catch (NotFoundException e) {
        id = null;
      }
    }
    return job;
  }

  /** The poll reads the import again each time. */
  public void refresh() {
    job = null;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  /** Counts the bytes read, for the progress bar. */
  private static final class Counting extends FilterInputStream {

    private final AtomicLong count;

    Counting(InputStream in, AtomicLong count) {
      super(in);
      this.count = count;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count.incrementAndGet();
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count.addAndGet(n);
      }
      return n;
    }
  }
}
