package org.returnport.web.api;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.returnport.web.errors.Messages;

/**
 * RFC 9457 problem details, their title in the caller's language (Accept-Language; English by
 * default) from the same bundle as the pages, and a stable {@code code} for programs.
 */
final class Problems {

  static final String MEDIA_TYPE = "application/problem+json";

  private Problems() {}

  static Response of(int status, String code, String messageKey, List<Locale> languages) {
    return of(status, code, messageKey, null, List.of(), languages);
  }

  static Response of(
      int status,
      String code,
      String messageKey,
      String field,
      List<?> arguments,
      List<Locale> languages) {
    Locale locale = language(languages);
    String title = Messages.format(messageKey, arguments, locale);
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("type", "about:blank")
            .add("title", title)
            .add("status", status)
            .add("code", code);
    if (field != null) {
      body.add("field", field);
    }
    return Response.status(status)
        .type(MEDIA_TYPE)
        .language(locale)
        .entity(body.build().toString())
        .build();
  }

  /** 429: a limit was reached; {@code Retry-After} says in how many seconds to try again. */
  static Response tooMany(String messageKey, long retryAfterSeconds, List<Locale> languages) {
    long minutes = Math.max(1, (retryAfterSeconds + 59) / 60);
    Response problem = of(429, "too-many-requests", messageKey, null, List.of(minutes), languages);
    return Response.fromResponse(problem)
        .header("Retry-After", Long.toString(retryAfterSeconds))
        .build();
  }

  static Locale language(List<Locale> wanted) {
    for (Locale locale : wanted) {
      if (locale.getLanguage().equals("zh")) {
        return Locale.SIMPLIFIED_CHINESE;
      }
      if (locale.getLanguage().equals("en")) {
        return Locale.ENGLISH;
      }
    }
    return Locale.ENGLISH;
  }
}
