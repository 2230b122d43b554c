package org.returnport.returns.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.returnport.returns.entity.ReturnCases.NOW;
import static org.returnport.returns.entity.ReturnCases.daysAfter;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.returnport.events.DelayCause;
import org.returnport.returns.entity.EventKind;
import org.returnport.returns.entity.Incident;
import org.returnport.returns.entity.IncidentTerms;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.returns.entity.ReturnCases;
import org.returnport.returns.entity.ReturnStatus;

/** When shoppers are reminded, when returns expire, and when incidents and delays change that. */
class DeadlineRulesTest {

  /** Approved at NOW in France, so to be sent (with DHL) within 14 days. */
  private final ReturnCase approved = ReturnCases.approved("FR", NOW);

  @Test
  void aShopperIsRemindedTwoDaysBeforeTheSendByDateAndNotBefore() {
    var shipBy = approved.getShipBy();
    assertThat(shipBy).isEqualTo(daysAfter(NOW, 14));

    assertThat(DeadlineRules.reminderDue(approved, daysAfter(NOW, 11))).isFalse();
    assertThat(DeadlineRules.reminderDue(approved, shipBy.minus(Duration.ofDays(2)))).isTrue();
    assertThat(DeadlineRules.reminderDue(approved, shipBy.minus(Duration.ofHours(1)))).isTrue();
    assertThat(DeadlineRules.reminderDue(approved, shipBy)).as("too late: it expires").isFalse();
  }

  @Test
  void aShopperIsRemindedOnceOfADateAndAgainOfAMovedOne() {
    var almost = approved.getShipBy().minus(Duration.ofDays(1));
    approved.remind(almost);

    assertThat(DeadlineRules.reminderDue(approved, almost.plusSeconds(60))).isFalse();
    assertThat(approved.getEvents()).extracting(e -> e.getKind()).contains(EventKind.REMINDED);

    approved.moveDeadlines(5, null, "strike", almost);
    assertThat(DeadlineRules.reminderDue(approved, almost)).as("5 days ahead again").isFalse();
    assertThat(DeadlineRules.reminderDue(approved, daysAfter(almost, 4))).isTrue();
  }

  @Test
  void keepItReturnsAndReturnsUnderReviewAreNeitherRemindedNorExpired() {
    ReturnCase review = ReturnCases.underReview("FR", NOW);
    var late = daysAfter(NOW, 30);

    assertThat(review.getStatus()).isEqualTo(ReturnStatus.UNDER_REVIEW);
    assertThat(DeadlineRules.reminderDue(review, daysAfter(NOW, 13))).isFalse();
    assertThat(DeadlineRules.expiryDue(review, List.of(), late)).isFalse();
    assertThat(DeadlineRules.expiryDue(ReturnStatus.APPROVED, true, approved.getShipBy(), late))
        .as("keep-it")
        .isFalse();
  }

  @Test
  void aReturnExpiresOnceItsSendByDateHasPassed() {
    var shipBy = approved.getShipBy();

    assertThat(DeadlineRules.expiryDue(approved, List.of(), shipBy.minusSeconds(1))).isFalse();
    assertThat(DeadlineRules.expiryDue(approved, List.of(), shipBy)).isTrue();
    assertThat(DeadlineRules.expiryDue(approved, List.of(), daysAfter(shipBy, 3))).isTrue();
  }

  @ParameterizedTest(name = "{0} / {1} active {2}: paused {3}")
  @CsvSource({
    "FR,    ,           true,  true",
    "'FR DE', ,         true,  true",
    ",      DHL,        true,  true",
    ",      dhl,        true,  true",
    "FR,    DHL,        true,  true",
    "DE,    ,           true,  false",
    ",      SF Express, true,  false",
    "FR,    SF Express, true,  false",
    "FR,    ,           false, false",
  })
  void anIncidentThatConcernsTheReturnPausesItsExpiryWhileItIsOn(
      String countries, String carrier, boolean on, boolean paused) {
    var late = daysAfter(approved.getShipBy(), 1);
    LocalDate today = LocalDate.ofInstant(late, ZoneOffset.UTC);
    LocalDate first = on ? today.minusDays(1) : today.plusDays(1);
    Incident incident =
        new Incident(
            new IncidentTerms(
                countries, carrier, DelayCause.STRIKE, "Strike", null, first, first.plusDays(3), 5),
            null,
            "admin",
            late);

    assertThat(DeadlineRules.pausedBy(approved, List.of(incident), late)).isEqualTo(paused);
    assertThat(DeadlineRules.expiryDue(approved, List.of(incident), late)).isEqualTo(!paused);
  }

  @Test
  void anIncidentEndedEarlyNoLongerPausesExpiry() {
    var late = daysAfter(approved.getShipBy(), 1);
    LocalDate today = LocalDate.ofInstant(late, ZoneOffset.UTC);
    Incident incident =
        new Incident(
            new IncidentTerms(
                "FR", null, DelayCause.WEATHER, "Storm", null, today, today.plusDays(5), 3),
            null,
            "admin",
            late);
    incident.end(late.plusSeconds(60));

    assertThat(DeadlineRules.expiryDue(approved, List.of(incident), late)).isFalse();
    assertThat(DeadlineRules.expiryDue(approved, List.of(incident), late.plusSeconds(61))).isTrue();
  }

  @ParameterizedTest(name = "{0} days, {1}, {2}: {3}")
  @CsvSource({
    "3,   CUSTOMS,  APPROVED,     3",
    "2,   WEATHER,  IN_TRANSIT,   2",
    "4,   STRIKE,   UNDER_REVIEW, 4",
    "500, CARRIER,  IN_TRANSIT,   90",
    "0,   CUSTOMS,  IN_TRANSIT,   0",
    "-2,  CUSTOMS,  IN_TRANSIT,   0",
    "3,   SHOPPER,  IN_TRANSIT,   0",
    "3,   CUSTOMS,  DELIVERED,    0",
    "3,   CUSTOMS,  CANCELLED,    0",
    "3,   CUSTOMS,  EXPIRED,      0",
  })
  void aCarrierDelayMovesTheDeadlinesUnlessItIsTheShoppersOrTooLate(
      int delay, DelayCause cause, ReturnStatus status, int days) {
    assertThat(DeadlineRules.delayExtension(delay, cause, status)).isEqualTo(days);
  }
}
