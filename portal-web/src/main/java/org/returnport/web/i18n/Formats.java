package org.returnport.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.returnport.money.Money;
import org.returnport.policy.entity.LocalizedText;
import org.returnport.web.errors.Messages;

/**
 * Amounts, dates and merchant-written texts in the language of the page: {@code #{fmt.money(x)}}.
 * Dates are in UTC and say so: the server does not know the viewer's time zone.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

  public String money(Money money) {
    if (money == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getCurrencyInstance(locale());
    Currency currency = Currency.getInstance(money.currency());
    format.setCurrency(currency);
    format.setMaximumFractionDigits(Math.max(0, currency.getDefaultFractionDigits()));
    format.setMinimumFractionDigits(Math.max(0, currency.getDefaultFractionDigits()));
    return format.format(money.amount());
  }

  public String amount(java.math.BigDecimal amount, String currency) {
    return amount == null ? "" : money(new Money(amount, currency));
  }

  public String date(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(locale())
            .withZone(ZoneOffset.UTC)
            .format(instant);
  }

  public String dateTime(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale())
                .withZone(ZoneOffset.UTC)
                .format(instant)
            + " UTC";
  }

  public String text(LocalizedText text) {
    return text == null ? "" : text.in(locale());
  }

  /** A message whose key and arguments came from the domain, e.g. why an item cannot go back. */
  public String message(String key, List<Object> arguments) {
    return key == null ? "" : Messages.format(key, arguments, locale());
  }

  public String country(String code) {
    return code == null ? "" : new Locale("", code).getDisplayCountry(locale());
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}
