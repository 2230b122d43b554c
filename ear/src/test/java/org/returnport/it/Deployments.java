package org.returnport.it;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archives the integration tests deploy, each built from whole packages or the real EAR. */
public final class Deployments {

  private static final String MIGRATIONS = "db/migration";

  private Deployments() {}

  /** The EAR the build produced, exactly as the run command deploys it. */
  public static EnterpriseArchive application() {
    File ear = new File(System.getProperty("returnport.ear"));
    return ShrinkWrap.create(ZipImporter.class, "returnport.ear")
        .importFrom(ear)
        .as(EnterpriseArchive.class);
  }

  /**
   * The EAR the build produced with test classes added: {@code webClasses} into its web module
   * (e.g. a servlet that drives a boundary as the pages will), {@code domainClasses} into its EJB
   * module (e.g. an observer of the domain's events, which the web module cannot host: events fired
   * in the EJB module do not reach it).
   */
  public static EnterpriseArchive applicationWith(
      List<Class<?>> webClasses, List<Class<?>> domainClasses) {
    EnterpriseArchive ear = application();
    WebArchive web = ear.getAsType(WebArchive.class, "portal-web.war");
    web.addClasses(webClasses.toArray(Class<?>[]::new));
    JavaArchive domain = ear.getAsType(JavaArchive.class, "portal-ejb.jar");
    domain.addClasses(domainClasses.toArray(Class<?>[]::new));
    ear.delete("portal-web.war");
    ear.delete("portal-ejb.jar");
    return ear.addAsModule(domain).addAsModule(web);
  }

  /**
   * The domain of the three EJB modules (entities, boundaries, migrations) with the given test
   * classes, as one web module with its own copy of the persistence unit and data source.
   */
  /** Every class of the EJB modules: all of org.returnport but the web module and the tests. */
  private static boolean isDomainClass(ArchivePath path) {
    String name = path.get();
    return !name.startsWith("/org/returnport/web/")
        && !name.startsWith("/org/returnport/it/")
        && !name.startsWith("/org/returnport/devstack/")
        && !name.startsWith("/org/returnport/bench/");
  }

  public static WebArchive domainWith(Class<?>... testClasses) {
    WebArchive domain = ShrinkWrap.create(WebArchive.class, "domain-it.war");
    migrations().forEach(domain::addAsResource);
    return domain
        .addPackages(true, Deployments::isDomainClass, "org.returnport")
        .addClasses(testClasses)
        .addAsResource("ValidationMessages.properties")
        .addAsResource("org/returnport/members/control/abusive-words.txt")
        .addAsResource("org/returnport/members/mail.properties")
        .addAsResource("org/returnport/members/mail_zh_CN.properties")
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

  /**
   * Every migration script of every module, found where the application's Flyway finds them ({@code
   * classpath:db/migration}), so that a new script is deployed without naming it here.
   */
  static SortedSet<String> migrations() {
    // a script reachable through two class path entries is deployed once
    SortedSet<String> scripts = new TreeSet<>();
    try {
      Enumeration<URL> roots = Deployments.class.getClassLoader().getResources(MIGRATIONS);
      while (roots.hasMoreElements()) {
        URI root = roots.nextElement().toURI();
        if ("jar".equals(root.getScheme())) {
          try (FileSystem jar = FileSystems.newFileSystem(root, Map.of())) {
            scripts.addAll(scriptsUnder(jar.getPath("/" + MIGRATIONS), jar.getPath("/")));
          }
        } else {
          Path folder = Path.of(root);
          scripts.addAll(scriptsUnder(folder, folder.getParent().getParent()));
        }
      }
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("could not list the migrations", e);
    }
    if (scripts.isEmpty()) {
      throw new IllegalStateException("no migrations under " + MIGRATIONS + " on the class path");
    }
    return scripts;
  }

  private static List<String> scriptsUnder(Path folder, Path classpathRoot) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(file -> file.getFileName().toString().endsWith(".sql"))
          .map(file -> classpathRoot.relativize(file).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  private static File jarOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
