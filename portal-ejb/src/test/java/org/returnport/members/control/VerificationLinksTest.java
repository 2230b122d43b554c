package org.returnport.members.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.returnport.identity.control.LinkSignatures;
import org.returnport.values.EmailAddress;

class VerificationLinksTest {

  private static final Instant SENT = Instant.parse("2026-12-01T10:00:00Z");
  private static final EmailAddress MIA = EmailAddress.parse("mia@example.com").orElseThrow();

  private final VerificationLinks cut = new VerificationLinks();

  @BeforeEach
  void signedWithASecret() throws Exception {
    LinkSignatures signatures = new LinkSignatures();
    var secret = LinkSignatures.class.getDeclaredField("secret");
    secret.setAccessible(true);
    secret.set(signatures, "test-secret");
    cut.signatures = signatures;
  }

  @Test
  void opensForTheAccountAddressAndStoreItWasSentFor() {
    String token = cut.token("alpha", "user-1", MIA, SENT);
    assertThat(cut.isValid(token, "alpha", "user-1", MIA, SENT.plus(Duration.ofHours(47))))
        .isTrue();
    assertThat(
            cut.isValid(
                token,
                "alpha",
                "user-1",
                EmailAddress.parse("MIA@Example.com").orElseThrow(),
                SENT.plusSeconds(1)))
        .isTrue();
  }

  @Test
  void expiresAfter48Hours() {
    String token = cut.token("alpha", "user-1", MIA, SENT);
    assertThat(cut.isValid(token, "alpha", "user-1", MIA, SENT.plus(VerificationLinks.VALID_FOR)))
        .isFalse();
  }

  @Test
  void isForThatStoreAccountAndAddressOnly() {
    String token = cut.token("alpha", "user-1", MIA, SENT);
    Instant now = SENT.plusSeconds(60);
    assertThat(cut.isValid(token, "bravo", "user-1", MIA, now)).isFalse();
    assertThat(cut.isValid(token, "alpha", "user-2", MIA, now)).isFalse();
    assertThat(
            cut.isValid(
                token, "alpha", "user-1", EmailAddress.parse("eve@example.com").orElseThrow(), now))
        .isFalse();
  }

  @Test
  void aLaterExpiryCannotBeWrittenIn() {
    String token = cut.token("alpha", "user-1", MIA, SENT);
    long expires = Long.parseLong(token.substring(0, token.indexOf('.')));
    String extended = (expires + 86_400) + token.substring(token.indexOf('.'));
    assertThat(cut.isValid(extended, "alpha", "user-1", MIA, SENT.plusSeconds(60))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "123.", ".abc", "1.2.3", "99999999999999.xyz"})
  void refusesWhatIsNoToken(String token) {
    assertThat(cut.isValid(token, "alpha", "user-1", MIA, SENT)).isFalse();
  }
}
