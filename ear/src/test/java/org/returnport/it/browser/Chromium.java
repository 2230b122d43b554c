package org.returnport.it.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium and ChromeDriver, as CI installs them. */
final class Chromium {

  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private Chromium() {}

  /**
   * Browser tests run where Chromium is installed, and always in CI ({@code CI=true}, which CI
   * services set): there a missing browser fails the build instead of skipping what it claims to
   * test (.ci/run installs it).
   */
  static boolean wanted() {
    return installed() || "true".equalsIgnoreCase(System.getenv("CI"));
  }

  private static boolean installed() {
    return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
  }

  static ChromeDriver start(String language) throws Exception {
    if (!installed()) {
      throw new IllegalStateException(
          "CI=true, but Chromium ("
              + BROWSER
              + ") or ChromeDriver ("
              + DRIVER
              + ") is missing: install chromium and chromium-driver (see .ci/run)");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900",
        "--lang=" + language,
        "--user-data-dir=" + Files.createTempDirectory("chromium-"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    return driver;
  }
}
