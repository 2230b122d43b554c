package org.returnport.policy.entity;

import java.util.Locale;

/** A text a merchant writes in each language the product offers; English when one is missing. */
public record LocalizedText(String en, String zh) {

  public LocalizedText {
    if (en == null || en.isBlank()) {
      throw new IllegalArgumentException("every text needs its English wording");
    }
    en = en.strip();
    zh = zh == null || zh.isBlank() ? null : zh.strip();
  }

  public String in(Locale locale) {
    return "zh".equals(locale.getLanguage()) && zh != null ? zh : en;
  }
}
