package org.returnport.tenant.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BrandingTest {

  static final HexColor BLUE = HexColor.of("#1f4e79");

  @Test
  void needsANameAndAtLeastOneSupportedLanguage() {
    assertThatThrownBy(() -> new Branding(" ", BLUE, BLUE, List.of(Locale.ENGLISH)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Branding("Shop", BLUE, BLUE, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Branding("Shop", BLUE, BLUE, List.of(Locale.GERMAN)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Branding("x".repeat(81), BLUE, BLUE, List.of(Locale.ENGLISH)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aStoreThatStopsOfferingItsDefaultLanguageFallsBackToTheFirstOffered() {
    Tenant tenant =
        new Tenant(
            new StoreProfile(
                new Slug("lune"), "Lune", "a@lune.example", "FR", Locale.ENGLISH, "EUR"),
            Instant.EPOCH);

    tenant.rebrand(
        new Branding(
            "Lune Paris", HexColor.of("#6A1B9A"), BLUE, List.of(Locale.SIMPLIFIED_CHINESE)));

    assertThat(tenant.getDefaultLanguage()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(tenant.branding().displayName()).isEqualTo("Lune Paris");
    assertThat(tenant.branding().primaryColor().value()).isEqualTo("#6a1b9a");
    assertThat(tenant.offeredLanguages()).containsExactly(Locale.SIMPLIFIED_CHINESE);
  }

  @Test
  void suspensionAndReactivation() {
    Tenant tenant =
        new Tenant(
            new StoreProfile(
                new Slug("lune"), "Lune", "a@lune.example", "FR", Locale.ENGLISH, "EUR"),
            Instant.EPOCH);
    tenant.verify(Instant.EPOCH);
    assertThat(tenant.isActive()).isTrue();
    tenant.suspend();
    assertThat(tenant.isActive()).isFalse();
    tenant.reactivate();
    assertThat(tenant.isActive()).isTrue();
  }
}
