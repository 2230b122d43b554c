package org.returnport.loyalty.program.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Keeps a program version as one JSON document, written once and read whole. */
@Converter
public class ProgramRulesConverter implements AttributeConverter<ProgramRules, String> {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Override
  public String convertToDatabaseColumn(ProgramRules rules) {
    return rules == null ? null : JSON.toJson(rules);
  }

  @Override
  public ProgramRules convertToEntityAttribute(String json) {
    return json == null ? null : JSON.fromJson(json, ProgramRules.class);
  }
}
