package org.returnport.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text we show or mail exists in English and in Simplified Chinese: each Chinese bundle in
 * the repository (pages, validation, mails, the Keycloak theme) has exactly the keys of its English
 * one, so that no page falls back to English half-way.
 */
class TranslationsTest {

  private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

  static List<Path> chineseBundles() throws IOException {
    try (Stream<Path> files = Files.walk(REPOSITORY)) {
      return files
          .filter(file -> file.getFileName().toString().endsWith("_zh_CN.properties"))
          .filter(file -> file.toString().contains("/src/main/") || file.startsWith(docker()))
          .sorted()
          .toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("chineseBundles")
  void hasTheKeysOfItsEnglishBundle(Path chinese) throws IOException {
    Path english = englishOf(chinese);

    assertThat(keys(chinese))
        .as("keys of %s against %s", REPOSITORY.relativize(chinese), english.getFileName())
        .containsExactlyElementsOf(keys(english));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("chineseBundles")
  void hasNoEmptyText(Path chinese) throws IOException {
    Properties texts = load(chinese);

    assertThat(texts.stringPropertyNames())
        .filteredOn(key -> texts.getProperty(key).isBlank())
        .isEmpty();
  }

  private static Path docker() {
    return REPOSITORY.resolve("docker");
  }

  /** {@code x_zh_CN.properties} goes with {@code x.properties}, or {@code x_en.properties}. */
  private static Path englishOf(Path chinese) {
    String base = chinese.getFileName().toString().replace("_zh_CN.properties", "");
    Path plain = chinese.resolveSibling(base + ".properties");
    return Files.exists(plain) ? plain : chinese.resolveSibling(base + "_en.properties");
  }

  private static Set<String> keys(Path bundle) throws IOException {
    return new TreeSet<>(load(bundle).stringPropertyNames());
  }

  private static Properties load(Path bundle) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
