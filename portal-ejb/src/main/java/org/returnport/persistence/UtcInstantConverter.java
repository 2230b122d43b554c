package org.returnport.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Stores every {@link Instant} as a UTC {@code DATETIME(6)}. The JPA 3.1 provider in Payara 6 does
 * not know Instant (it would serialize it); a LocalDateTime at UTC is stored as it is, whatever the
 * server's or the database's time zone.
 */
@Converter(autoApply = true)
public class UtcInstantConverter implements AttributeConverter<Instant, LocalDateTime> {

  @Override
  public LocalDateTime convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  @Override
  public Instant convertToEntityAttribute(LocalDateTime stored) {
    return stored == null ? null : stored.toInstant(ZoneOffset.UTC);
  }
}
