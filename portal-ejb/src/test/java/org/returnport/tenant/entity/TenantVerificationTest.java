package org.returnport.tenant.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TenantVerificationTest {

  private static final Instant SIGNED_UP = Instant.parse("2026-03-01T10:00:00Z");

  private final Tenant cut =
      new Tenant(
          new StoreProfile(new Slug("lune"), "Lune", "a@lune.example", "FR", Locale.ENGLISH, "EUR"),
          SIGNED_UP);

  @Test
  void aNewStoreIsClosedUntilItsAddressIsProved() {
    assertThat(cut.isActive()).isFalse();
    assertThat(cut.getStatus()).isEqualTo(TenantStatus.UNVERIFIED);

    cut.verify(SIGNED_UP.plusSeconds(60));

    assertThat(cut.isActive()).isTrue();
    assertThat(cut.isVerified()).isTrue();
  }

  @Test
  void liftingASuspensionDoesNotOpenAStoreThatWasNeverVerified() {
    cut.suspend();
    cut.reactivate();

    assertThat(cut.isActive()).isFalse();
    assertThat(cut.getStatus()).isEqualTo(TenantStatus.UNVERIFIED);
  }

  @Test
  void verifyingASuspendedStoreKeepsItSuspended() {
    cut.suspend();
    cut.verify(SIGNED_UP);

    assertThat(cut.isActive()).isFalse();
    cut.reactivate();
    assertThat(cut.isActive()).isTrue();
  }

  @Test
  void theLinkIsSentAgainAtMostOnceAMinute() {
    assertThat(cut.mayResendVerification(SIGNED_UP)).isTrue();
    cut.verificationSent(SIGNED_UP);

    assertThat(cut.mayResendVerification(SIGNED_UP.plusSeconds(59))).isFalse();
    assertThat(cut.mayResendVerification(SIGNED_UP.plus(Tenant.RESEND_AFTER))).isTrue();
    cut.verify(SIGNED_UP.plusSeconds(120));
    assertThat(cut.mayResendVerification(SIGNED_UP.plusSeconds(600))).isFalse();
  }
}
