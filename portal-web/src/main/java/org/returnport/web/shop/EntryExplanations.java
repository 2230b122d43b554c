package org.returnport.web.shop;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.returnport.loyalty.ledger.entity.EntryKind;

/**
 * How a ledger entry explains itself to its member: its own message ({@code loyalty.entry.*}, e.g.
 * "Review of Merino Sweater after return RMA-…") with its arguments; an entry whose message this
 * version of the pages does not know yet says in general words what it did, never its key.
 */
public final class EntryExplanations {

  static final String GENERIC = "shop.rewards.kind.";

  private EntryExplanations() {}

  public static String explain(
      ResourceBundle bundle, Locale locale, String key, List<String> args, EntryKind kind) {
    if (key != null && key.startsWith("loyalty.entry.") && bundle.containsKey(key)) {
      MessageFormat format = new MessageFormat(bundle.getString(key), locale);
      try {
        return format.format(args.toArray());
      } catch (IllegalArgumentException wantsNumbers) {
        // The arguments are kept as text; a pattern that formats one as a number gets it as one.
        try {
          return format.format(args.stream().map(EntryExplanations::numberIfOne).toArray());
        } catch (IllegalArgumentException stillNot) {
          return bundle.getString(GENERIC + kind.name());
        }
      }
    }
    return bundle.getString(GENERIC + kind.name());
  }

  private static Object numberIfOne(String arg) {
    try {
      return new BigDecimal(arg);
    } catch (NumberFormatException | NullPointerException notANumber) {
      return arg;
    }
  }
}
