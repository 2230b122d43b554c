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
    // the texts of the domain's mails in every language, and its word lists
    resources("org/returnport", ".properties").forEach(domain::addAsResource);
    resources("org/returnport", ".txt").forEach(domain::addAsResource);
    return domain
        .addPackages(true, Deployments::isDomainClass, "org.returnport")
        .addClasses(testClasses)
        .addAsResource("ValidationMessages.properties")
        .addAsResource("ValidationMessages_zh_CN.properties")
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
            jarOf(org.commonmark.node.Node.class),
            jarOf(org.commonmark.ext.gfm.tables.TablesExtension.class),
            jarOf(org.commonmark.ext.gfm.strikethrough.StrikethroughExtension.class),
            jarOf(org.commonmark.ext.autolink.AutolinkExtension.class),
            jarOf(org.nibor.autolink.LinkExtractor.class),
            jarOf(org.jsoup.Jsoup.class),
            jarOf(org.assertj.core.api.Assertions.class));
  }

  /**
   * Every migration script of every module, found where the application's Flyway finds them ({@code
   * classpath:db/migration}), so that a new script is deployed without naming it here.
   */
  static SortedSet<String> migrations() {
    SortedSet<String> scripts = resources(MIGRATIONS, ".sql");
    if (scripts.isEmpty()) {
      throw new IllegalStateException("no migrations under " + MIGRATIONS + " on the class path");
    }
    return scripts;
  }

  /**
   * The class path resources under a folder whose names end with the suffix, from every jar and
   * folder of the class path; one reachable through two entries is listed once.
   */
  private static SortedSet<String> resources(String folder, String suffix) {
    SortedSet<String> found = new TreeSet<>();
    try {
      Enumeration<URL> roots = Deployments.class.getClassLoader().getResources(folder);
      while (roots.hasMoreElements()) {
        URI root = roots.nextElement().toURI();
        if ("jar".equals(root.getScheme())) {
          try (FileSystem jar = FileSystems.newFileSystem(root, Map.of())) {
            found.addAll(filesUnder(jar.getPath("/" + folder), jar.getPath("/"), suffix));
          }
        } else {
          Path directory = Path.of(root);
          Path classpathRoot = directory;
          for (int level = 0; level < folder.split("/").length; level++) {
            classpathRoot = classpathRoot.getParent();
          }
          found.addAll(filesUnder(directory, classpathRoot, suffix));
        }
      }
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("could not list the resources under " + folder, e);
    }
    return found;
  }

  private static List<String> filesUnder(Path folder, Path classpathRoot, String suffix)
      throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(file -> file.getFileName().toString().endsWith(suffix))
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
