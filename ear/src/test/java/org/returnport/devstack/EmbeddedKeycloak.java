package org.returnport.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak's own distribution (from Maven Central) in development mode, the Returnport realm
 * imported from {@code docker/keycloak} with the development values of its placeholders, and the
 * demo operator, whom production does not have, from a users file of our own next to it. The
 * unpacked folder is kept between runs: Keycloak builds itself once there. It runs on the newest
 * JDK installed under /usr/lib/jvm when one is there, since Keycloak asks for Java 21 or later.
 */
final class EmbeddedKeycloak implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(EmbeddedKeycloak.class.getName());
  static final String ADMIN_USER = "admin";
  static final String ADMIN_PASSWORD = "admin";
  private static final String DEMO_USERS = "/keycloak/returnport-users-0.json";

  private final Process process;

  private EmbeddedKeycloak(Process process) {
    this.process = process;
  }

  /**
   * Starts Keycloak; with {@code freshRealm} the realm is imported anew (tests), otherwise the data
   * of the previous run is kept (run command).
   */
  static EmbeddedKeycloak start(StackSettings settings, boolean freshRealm) throws Exception {
    Path home = settings.keycloakHome();
    Path dist = unpackOnce(settings.keycloakZip(), home);
    Path data = dist.resolve("data");
    if (freshRealm) {
      deleteTree(data.resolve("h2"));
    }
    installLoginPages(settings, dist);
    Path imports = data.resolve("import");
    Files.createDirectories(imports);
    Files.copy(
        settings.realmFile(),
        imports.resolve("returnport-realm.json"),
        StandardCopyOption.REPLACE_EXISTING);
    // Keycloak's directory import reads <realm>-users-<n>.json beside <realm>-realm.json.
    try (InputStream users = EmbeddedKeycloak.class.getResourceAsStream(DEMO_USERS)) {
      Files.copy(
          users, imports.resolve("returnport-users-0.json"), StandardCopyOption.REPLACE_EXISTING);
    }

    int port = settings.keycloakPort();
    ProcessBuilder builder =
        new ProcessBuilder(command(dist, port))
            .redirectErrorStream(true)
            .redirectOutput(home.resolve("keycloak.log").toFile());
    builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
    builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
    builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx384m");
    builder.environment().putAll(settings.realmEnvironment());
    newestJdk().ifPresent(jdk -> builder.environment().put("JAVA_HOME", jdk.toString()));
    Process process = builder.start();
    EmbeddedKeycloak keycloak = new EmbeddedKeycloak(process);
    try {
      waitUntilReady(
          URI.create(
              settings.keycloakUrl() + "/realms/returnport/.well-known/openid-configuration"),
          process,
          Duration.ofMinutes(4));
    } catch (Exception e) {
      keycloak.close();
      throw new IllegalStateException(
          "Keycloak did not start; see " + home.resolve("keycloak.log"), e);
    }
    LOG.info(() -> "Keycloak ready at " + settings.keycloakUrl());
    return keycloak;
  }

  /**
   * The login theme and the provider that tells it the store, copied anew at every start, so that
   * edits apply; development mode keeps no theme cache, so template edits made while Keycloak runs
   * show too once copied again.
   */
  private static void installLoginPages(StackSettings settings, Path dist) throws IOException {
    Path themes = settings.keycloakThemes();
    try (var names = Files.list(themes)) {
      for (Path theme : names.filter(Files::isDirectory).toList()) {
        Path target = dist.resolve("themes").resolve(theme.getFileName().toString());
        deleteTree(target);
        copyTree(theme, target);
      }
    }
    Path providers = dist.resolve("providers");
    Files.createDirectories(providers);
    Files.copy(
        settings.keycloakProvider(),
        providers.resolve(settings.keycloakProvider().getFileName().toString()),
        StandardCopyOption.REPLACE_EXISTING);
  }

  private static void copyTree(Path source, Path target) throws IOException {
    try (var paths = Files.walk(source)) {
      for (Path path : paths.toList()) {
        Path copy = target.resolve(source.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(path, copy, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static List<String> command(Path dist, int port) {
    List<String> command = new ArrayList<>(NewSession.prefix());
    command.addAll(
        List.of(
            dist.resolve("bin/kc.sh").toString(),
            "start-dev",
            "--http-port=" + port,
            "--hostname=http://localhost:" + port,
            "--import-realm"));
    return command;
  }

  /** Ends when Keycloak has ended, for whatever reason. */
  CompletableFuture<?> exited() {
    return process.onExit();
  }

  private static java.util.Optional<Path> newestJdk() {
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return java.util.Optional.empty();
    }
    for (String candidate : List.of("temurin-25-jdk-amd64", "temurin-21-jdk-amd64")) {
      Path jdk = jvms.resolve(candidate);
      if (Files.isExecutable(jdk.resolve("bin/java"))) {
        return java.util.Optional.of(jdk);
      }
    }
    return java.util.Optional.empty();
  }

  private static Path unpackOnce(Path zip, Path home) throws IOException {
    Files.createDirectories(home);
    Path marker = home.resolve(".unpacked-" + zip.getFileName());
    Path dist;
    if (!Files.exists(marker)) {
      LOG.info(() -> "Unpacking " + zip.getFileName() + " into " + home);
      try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
        ZipEntry entry;
        while ((entry = in.getNextEntry()) != null) {
          Path target = home.resolve(entry.getName()).normalize();
          if (!target.startsWith(home)) {
            throw new IOException("zip entry outside target: " + entry.getName());
          }
          if (entry.isDirectory()) {
            Files.createDirectories(target);
          } else {
            Files.createDirectories(target.getParent());
            copy(in, target);
          }
        }
      }
      try (var scripts = Files.list(firstDirectory(home).resolve("bin"))) {
        for (Path script : scripts.filter(p -> p.toString().endsWith(".sh")).toList()) {
          Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
      }
      Files.writeString(marker, Instant.now().toString());
    }
    dist = firstDirectory(home);
    return dist;
  }

  private static void copy(InputStream in, Path target) throws IOException {
    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
  }

  private static Path firstDirectory(Path home) throws IOException {
    try (var children = Files.list(home)) {
      return children
          .filter(Files::isDirectory)
          .filter(p -> p.getFileName().toString().startsWith("keycloak-"))
          .findFirst()
          .orElseThrow(() -> new IOException("no keycloak-* folder in " + home));
    }
  }

  static void waitUntilReady(URI uri, Process process, Duration timeout) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (process != null && !process.isAlive()) {
        throw new IllegalStateException("process ended with exit code " + process.exitValue());
      }
      try {
        var response =
            http.send(
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("not ready within " + timeout + ": " + uri);
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  @Override
  public void close() throws Exception {
    process.toHandle().descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }

  @Override
  public String toString() {
    return "Keycloak";
  }
}
