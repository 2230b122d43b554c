package org.returnport.returns.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.returnport.errors.RejectedException;
import org.returnport.events.DelayCause;

/** What a merchant may declare as an incident, and what is refused with which message. */
class IncidentTermsTest {

  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  private static final LocalDate TODAY = LocalDate.parse("2026-12-01");

  private static IncidentTerms terms(
      String countries, String carrier, String reason, String last, Integer days) {
    return new IncidentTerms(
        countries,
        carrier,
        DelayCause.STRIKE,
        reason,
        "港口罢工",
        TODAY,
        last == null ? null : LocalDate.parse(last),
        days);
  }

  @Test
  void countriesAreReadInAnyCaseAndSeparatorOnceEach() {
    IncidentTerms terms = terms(" fr, DE;nl  fr ", null, "Port strike", "2026-12-05", 5);

    assertThat(terms.checked(NOW).countryCodes()).containsExactly("FR", "DE", "NL");
  }

  @Test
  void theIncidentRunsFromTheFirstDayToTheEndOfTheLastInUtc() {
    Incident incident =
        new Incident(terms("FR", "", "Port strike", "2026-12-05", 5), null, "admin", NOW);

    assertThat(incident.getStartsAt()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
    assertThat(incident.getEndsAt()).isEqualTo(Instant.parse("2026-12-06T00:00:00Z"));
    assertThat(incident.getLastDay()).isEqualTo(LocalDate.parse("2026-12-05"));
    assertThat(incident.getCarrier()).isNull();
    assertThat(incident.activeAt(Instant.parse("2026-12-05T23:59:59Z"))).isTrue();
    assertThat(incident.activeAt(Instant.parse("2026-12-06T00:00:00Z"))).isFalse();
    assertThat(incident.getReason().in(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("港口罢工");
  }

  @ParameterizedTest(name = "{5}")
  @CsvSource(
      delimiter = '|',
      value = {
        "FR |     |            | 2026-12-05 | 5  | reasonEn | returnport.incident.reason",
        "FR |     | ' '        | 2026-12-05 | 5  | reasonEn | returnport.incident.reason",
        "FR |     | LONG       | 2026-12-05 | 5  | reasonEn | returnport.text.tooLong",
        "FR |     | Strike     | 2026-11-30 | 5  | lastDay  | returnport.incident.endBeforeStart",
        "FR |     | Strike     |            | 5  | lastDay  | returnport.incident.period",
        "XX |     | Strike     | 2026-12-05 | 5  | countries| returnport.incident.country",
        "FR, UK | | Strike     | 2026-12-05 | 5  | countries| returnport.incident.country",
        "   |     | Strike     | 2026-12-05 | 5  | countries| returnport.incident.scope",
        "FR |     | Strike     | 2026-12-05 | 0  | extensionDays | returnport.return.extensionDays",
        "FR |     | Strike     | 2026-12-05 | 91 | extensionDays | returnport.return.extensionDays",
        "FR |     | Strike     | 2026-12-05 |    | extensionDays | returnport.return.extensionDays",
      })
  void badTermsAreRefusedNamingTheInputToFix(
      String countries,
      String carrier,
      String reason,
      String last,
      Integer days,
      String field,
      String key) {
    String text = "LONG".equals(reason) ? "x".repeat(IncidentTerms.REASON_MAX + 1) : reason;
    IncidentTerms terms = terms(countries, carrier, text, last, days);

    assertThatThrownBy(() -> new Incident(terms, null, "admin", NOW))
        .isInstanceOfSatisfying(
            RejectedException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo(key);
              assertThat(e.field()).isEqualTo(field);
            });
  }

  @Test
  void anIncidentThatIsAlreadyOverOrCausedByTheShopperIsRefused() {
    IncidentTerms past =
        new IncidentTerms(
            "FR",
            null,
            DelayCause.STRIKE,
            "Strike",
            null,
            TODAY.minusDays(9),
            TODAY.minusDays(2),
            5);
    IncidentTerms shopper =
        new IncidentTerms(
            "FR", null, DelayCause.SHOPPER, "Late", null, TODAY, TODAY.plusDays(2), 5);

    assertThatThrownBy(() -> past.checked(NOW))
        .hasFieldOrPropertyWithValue("messageKey", "returnport.incident.past");
    assertThatThrownBy(() -> shopper.checked(NOW))
        .hasFieldOrPropertyWithValue("messageKey", "returnport.incident.cause");
  }

  @Test
  void anIncidentEndsEarlyOnceAndAFutureOneEndsBeforeItStarts() {
    Incident on = new Incident(terms("FR", null, "Strike", "2026-12-05", 5), null, "a", NOW);
    Incident future =
        new Incident(
            new IncidentTerms(
                null,
                "DHL",
                DelayCause.PEAK,
                "Sale",
                null,
                TODAY.plusDays(3),
                TODAY.plusDays(9),
                7),
            null,
            "a",
            NOW);

    on.end(NOW.plusSeconds(10));
    future.end(NOW);

    assertThat(on.until()).isEqualTo(NOW.plusSeconds(10));
    assertThat(on.isOverAt(NOW.plusSeconds(10))).isTrue();
    assertThatThrownBy(() -> on.end(NOW.plusSeconds(20)))
        .hasFieldOrPropertyWithValue("messageKey", "returnport.incident.over");
    assertThat(future.activeAt(future.getStartsAt())).isFalse();
  }
}
