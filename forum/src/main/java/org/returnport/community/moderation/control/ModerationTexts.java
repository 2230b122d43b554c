package org.returnport.community.moderation.control;

import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TimeZone;
import org.returnport.members.entity.Member;

/**
 * What moderation tells a member in their own language ({@code mail.properties} of this feature):
 * the standard reason of an automatic hide and the mails about decisions and bans. Moments are
 * written in UTC and say so.
 */
public final class ModerationTexts {

  private static final String BUNDLE = "org.returnport.community.moderation.mail";

  private ModerationTexts() {}

  public static Locale localeOf(Member member) {
    return Locale.forLanguageTag(
        Member.Language.ofTag(member.getLanguage()).orElse(Member.Language.EN).tag());
  }

  public static String text(Locale locale, String key, Object... arguments) {
    MessageFormat format =
        new MessageFormat(ResourceBundle.getBundle(BUNDLE, locale).getString(key), locale);
    for (Format part : format.getFormats()) {
      if (part instanceof DateFormat date) {
        date.setTimeZone(TimeZone.getTimeZone("UTC"));
      }
    }
    Object[] values =
        Arrays.stream(arguments)
            .map(argument -> argument instanceof Instant instant ? Date.from(instant) : argument)
            .toArray();
    return format.format(values);
  }
}
