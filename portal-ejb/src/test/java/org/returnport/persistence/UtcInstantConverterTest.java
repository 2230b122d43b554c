package org.returnport.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class UtcInstantConverterTest {

  final UtcInstantConverter cut = new UtcInstantConverter();

  @Property
  void everyInstantComesBackUnchangedToTheMicrosecond(
      @ForAll @LongRange(min = 0, max = 253402300799L) long seconds,
      @ForAll @LongRange(min = 0, max = 999_999) long micros) {
    Instant instant = Instant.ofEpochSecond(seconds, micros * 1000);
    assertThat(cut.convertToEntityAttribute(cut.convertToDatabaseColumn(instant)))
        .isEqualTo(instant);
  }

  @Test
  void storesTheWallClockOfUtc() {
    assertThat(cut.convertToDatabaseColumn(Instant.parse("2026-11-26T05:00:00Z")))
        .isEqualTo(LocalDateTime.parse("2026-11-26T05:00:00"));
    assertThat(cut.convertToDatabaseColumn(null)).isNull();
    assertThat(cut.convertToEntityAttribute(null)).isNull();
  }
}
