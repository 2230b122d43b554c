package org.returnport.policy.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Keeps a policy version as one JSON document: a version is written once and read whole, and its
 * shape can grow without a migration of every old version.
 */
@Converter
public class PolicyRulesConverter implements AttributeConverter<PolicyRules, String> {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Override
  public String convertToDatabaseColumn(PolicyRules rules) {
    return rules == null ? null : JSON.toJson(rules);
  }

  @Override
  public PolicyRules convertToEntityAttribute(String json) {
    return json == null ? null : JSON.fromJson(json, PolicyRules.class);
  }
}
