package org.returnport.tenant.entity;

import java.util.Locale;

/** What a merchant tells us when it signs up. Checked by the onboarding boundary. */
public record StoreProfile(
    Slug slug,
    String displayName,
    String contactEmail,
    String country,
    Locale defaultLanguage,
    String defaultCurrency) {}
