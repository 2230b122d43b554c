package org.returnport.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkSignaturesTest {

  private final LinkSignatures cut = new LinkSignatures("a-secret");

  @Test
  void aLinkPassesOnlyForWhatItWasSignedFor() {
    String token = cut.sign("staff-invitation", "lune", 7L, "ana@example.com", 1_800_000_000L);

    assertThat(
            cut.matches(token, "staff-invitation", "lune", 7L, "ana@example.com", 1_800_000_000L))
        .isTrue();
    assertThat(
            cut.matches(token, "staff-invitation", "lune", 8L, "ana@example.com", 1_800_000_000L))
        .as("another invitation")
        .isFalse();
    assertThat(
            cut.matches(token, "staff-invitation", "lune", 7L, "ana@example.com", 1_900_000_000L))
        .as("a later expiry written into the link")
        .isFalse();
    assertThat(
            cut.matches(token, "store-verification", "lune", 7L, "ana@example.com", 1_800_000_000L))
        .as("a link made for another purpose")
        .isFalse();
  }

  @Test
  void anotherSecretOrNoTokenNeverPasses() {
    String token = cut.sign("store-verification", "lune");

    assertThat(new LinkSignatures("other-secret").matches(token, "store-verification", "lune"))
        .isFalse();
    assertThat(cut.matches(null, "store-verification", "lune")).isFalse();
    assertThat(cut.matches(token + "x", "store-verification", "lune")).isFalse();
  }
}
