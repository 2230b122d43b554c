package org.returnport.web.errors;

import java.text.MessageFormat;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.returnport.policy.entity.LocalizedText;
import org.returnport.returns.entity.ReturnStatus;

/**
 * Renders a message key with its arguments in one language: texts the merchant wrote in several
 * languages are shown in that one, moments as dates.
 */
public final class Messages {

  public static final String BUNDLE = "org.returnport.web.i18n.messages";

  private Messages() {}

  public static String format(String key, List<?> arguments, Locale locale) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    Object[] values =
        arguments.stream()
            .map(
                argument -> {
                  if (argument instanceof LocalizedText text) {
                    return text.in(locale);
                  }
                  if (argument instanceof ReturnStatus status) {
                    return bundle.getString("status." + status.name());
                  }
                  if (argument instanceof Instant instant) {
                    return Date.from(instant);
                  }
                  return argument;
                })
            .toArray();
    return new MessageFormat(pattern, locale).format(values);
  }
}
