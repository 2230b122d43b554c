package org.returnport.community.moderation.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.returnport.community.moderation.entity.CommunityStanding.Trust;

class CommunityStandingTest {

  private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 5})
  void aNewMemberIsTrustedAfterTheStoresNumberOfApprovalsAndNotBefore(int basicAfter) {
    CommunityStanding cut = new CommunityStanding(7);
    for (int i = 1; i < basicAfter; i++) {
      cut.approved(basicAfter);
      assertThat(cut.getTrust()).as("after %d", i).isEqualTo(Trust.NEW);
    }
    cut.approved(basicAfter);
    assertThat(cut.getTrust()).isEqualTo(Trust.BASIC);
    assertThat(cut.getApprovedCount()).isEqualTo(basicAfter);
    cut.approved(basicAfter);
    assertThat(cut.getTrust()).isEqualTo(Trust.BASIC);
  }

  @Test
  void aBanWithAnEndHoldsUntilItAndNotAfter() {
    CommunityStanding cut = new CommunityStanding(7);
    Instant end = NOW.plus(Duration.ofDays(2));
    cut.ban(Optional.of(end), "spam", "mod@example.com", NOW);
    assertThat(cut.isBanned(NOW)).isTrue();
    assertThat(cut.isBanned(end.minusSeconds(1))).isTrue();
    assertThat(cut.isBanned(end)).isFalse();
  }

  @Test
  void aBanForGoodHoldsUntilLifted() {
    CommunityStanding cut = new CommunityStanding(7);
    cut.ban(Optional.empty(), "abuse", "mod@example.com", NOW);
    assertThat(cut.isBanned(NOW.plus(Duration.ofDays(3650)))).isTrue();
    assertThat(cut.getBanReason()).isEqualTo("abuse");
    cut.lift();
    assertThat(cut.isBanned(NOW)).isFalse();
    assertThat(cut.getBanReason()).isNull();
  }

  @Test
  void aBanCannotEndInThePast() {
    CommunityStanding cut = new CommunityStanding(7);
    assertThatThrownBy(() -> cut.ban(Optional.of(NOW), "late", "mod", NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(cut.isBanned(NOW)).isFalse();
  }
}
