package org.returnport.it;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archives the integration tests deploy, each built from whole packages or the real EAR. */
public final class Deployments {

  private Deployments() {}

  /** The EAR the build produced, exactly as the run command deploys it. */
  public static EnterpriseArchive application() {
    File ear = new File(System.getProperty("returnport.ear"));
    return ShrinkWrap.create(ZipImporter.class, "returnport.ear")
        .importFrom(ear)
        .as(EnterpriseArchive.class);
  }

  /**
   * The domain of the three EJB modules (entities, boundaries, migrations) with the given test
   * classes, as one web module with its own copy of the persistence unit and data source.
   */
  public static WebArchive domainWith(Class<?>... testClasses) {
    return ShrinkWrap.create(WebArchive.class, "domain-it.war")
        .addPackages(true, "org.returnport.tenant", "org.returnport.staff")
        .addPackages(true, "org.returnport.catalog", "org.returnport.apikey")
        .addPackages(true, "org.returnport.platform", "org.returnport.identity")
        .addPackages(true, "org.returnport.policy", "org.returnport.returns")
        .addPackages(true, "org.returnport.notify", "org.returnport.logistics")
        .addPackages(true, "org.returnport.loyalty", "org.returnport.community")
        .addPackages(true, "org.returnport.limits")
        .addClasses(testClasses)
        .addAsResource("db/migration/portal/V1_001__tenants.sql")
        .addAsResource("db/migration/portal/V1_002__tenant_organization_and_key_version.sql")
        .addAsResource("db/migration/portal/V1_003__catalog_and_orders.sql")
        .addAsResource("db/migration/portal/V1_004__returns.sql")
        .addAsResource("db/migration/portal/V1_005__order_imports.sql")
        .addAsResource("db/migration/portal/V1_006__outbox.sql")
        .addAsResource("db/migration/portal/V1_007__return_photos.sql")
        .addAsResource("db/migration/portal/V1_020__rate_counters.sql")
        .addAsResource("db/migration/loyalty/V1_101__loyalty_program.sql")
        .addAsResource("db/migration/forum/V1_201__community_category.sql")
        .addAsResource("ValidationMessages.properties")
        .addAsResource("it/persistence.xml", "META-INF/persistence.xml")
        .addAsWebInfResource(
            new File("src/main/application/META-INF/glassfish-resources.xml"),
            "glassfish-resources.xml")
        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
        .addAsLibraries(
            jarOf(org.flywaydb.core.Flyway.class),
            jarOf(org.flywaydb.database.mysql.MySQLDatabaseType.class),
            jarOf(com.mysql.cj.jdbc.MysqlDataSource.class),
            jarOf(org.apache.commons.csv.CSVFormat.class),
            jarOf(com.lowagie.text.Document.class),
            jarOf(com.google.zxing.BarcodeFormat.class),
            jarOf(org.assertj.core.api.Assertions.class));
  }

  private static File jarOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
