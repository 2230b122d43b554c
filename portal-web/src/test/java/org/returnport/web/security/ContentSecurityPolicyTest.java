package org.returnport.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentSecurityPolicyTest {

  final ContentSecurityPolicy cut =
      ContentSecurityPolicy.allowingFormsTo(URI.create("https://id.example.com:8443/auth"));

  @Test
  void noInlineScriptOrStyleRunsWithoutTheNonceAndNothingFramesUs() {
    Map<String, String> policy = directives(cut.withoutNonce());

    assertThat(policy.get("script-src")).isEqualTo("'self'");
    assertThat(policy.get("style-src")).isEqualTo("'self'");
    assertThat(policy.get("object-src")).isEqualTo("'none'");
    assertThat(policy.get("frame-ancestors")).isEqualTo("'none'");
    assertThat(policy.get("base-uri")).isEqualTo("'self'");
    assertThat(cut.withoutNonce()).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
  }

  @Test
  void formsMayPostToUsAndEndAtTheIdentityProvidersOriginOnly() {
    assertThat(directives(cut.withoutNonce()).get("form-action"))
        .isEqualTo("'self' https://id.example.com:8443");
  }

  @Test
  void takesOverTheNonceOfPrimeFacesPolicyAndNothingElse() {
    String primeFaces = "script-src 'self' 'unsafe-inline' 'nonce-YTQyM2ZiNTktNjFh=';";

    Map<String, String> policy = directives(cut.replacing(primeFaces));

    assertThat(policy.get("script-src")).isEqualTo("'self' 'nonce-YTQyM2ZiNTktNjFh='");
    assertThat(policy.get("frame-ancestors")).isEqualTo("'none'");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "script-src 'self'",
        "script-src 'self' 'nonce-'",
        "script-src 'self' 'nonce-abc'; report-uri https://evil.example/'",
        ""
      })
  void aPolicyWithoutAUsableNonceBecomesTheStrictOne(String primeFaces) {
    String replaced = cut.replacing(primeFaces);

    assertThat(replaced).doesNotContain("evil").doesNotContain("report-uri");
    assertThat(directives(replaced).get("script-src")).startsWith("'self'");
  }

  private static Map<String, String> directives(String policy) {
    return Arrays.stream(policy.split(";"))
        .map(String::strip)
        .filter(d -> !d.isEmpty())
        .collect(Collectors.toMap(d -> d.split(" ", 2)[0], d -> d.split(" ", 2)[1].strip()));
  }
}
