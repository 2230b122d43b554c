package org.returnport.values;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What shoppers type, and which order number or address (and which throttle key) it is. */
class CanonicalKeysTest {

  @ParameterizedTest(name = "order number \"{0}\" is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "DO-1001            | DO-1001",
        "#DO-1001           | DO-1001",
        "do-1001            | DO-1001",
        "'  # do-1001 '     | DO-1001",
        "ＤＯ－１００１        | DO-1001",
        "＃ＤＯ－１００１       | DO-1001",
        "DO‐1001            | DO-1001",
        "DO–1001            | DO-1001",
        "D O-1001           | DO-1001",
        "'DO-1001\u00a0'    | DO-1001",
        "ß-1                | SS-1",
      })
  void orderNumbersTypedDifferentlyAreOneNumber(String typed, String canonical) {
    assertThat(OrderNumber.parse(typed))
        .hasValueSatisfying(n -> assertThat(n.value()).isEqualTo(canonical));
  }

  @ParameterizedTest(name = "order number \"{0}\" counts as \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "DÖ-1001  | DO-1001",
        "dó-1001  | DO-1001",
        "ＤÖ－１００１ | DO-1001",
        "DО-1001  | DO-1001",
        "ᴰO-1001  | DO-1001",
        "DO-1OO1  | DO-1001",
        "DO-l00l  | DO-1001",
      })
  void accentedFullWidthAndLookAlikeNumbersAreOneKey(String typed, String same) {
    assertThat(OrderNumber.parse(typed).orElseThrow().key())
        .isEqualTo(OrderNumber.parse(same).orElseThrow().key());
  }

  @ParameterizedTest(name = "order number \"{0}\" is not one")
  @CsvSource(
      delimiter = '|',
      value = {"''", "'   '", "'#'", "'# #'"})
  void blankNumbersAreNone(String typed) {
    assertThat(OrderNumber.parse(typed)).isEmpty();
    assertThat(OrderNumber.parse(null)).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\" is not the key of DO-1002")
  @CsvSource({"DO-1001", "DO-10020", "DX-1002"})
  void differentNumbersStayApart(String typed) {
    assertThat(OrderNumber.parse(typed).orElseThrow().key())
        .isNotEqualTo(OrderNumber.parse("DO-1002").orElseThrow().key());
  }

  @ParameterizedTest(name = "address \"{0}\" is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "emma@example.com           | emma@example.com",
        "Emma@Example.COM           | emma@example.com",
        "'  emma@example.com  '     | emma@example.com",
        "ｅｍｍａ＠ｅｘａｍｐｌｅ．ｃｏｍ | emma@example.com",
        "EMMA@EXAMPLE.COM           | emma@example.com",
        "straße@example.com         | strasse@example.com",
      })
  void addressesTypedDifferentlyAreOneAddress(String typed, String canonical) {
    assertThat(EmailAddress.parse(typed))
        .hasValueSatisfying(a -> assertThat(a.value()).isEqualTo(canonical));
    assertThat(EmailAddress.parse(canonical).orElseThrow().matches(typed)).isTrue();
  }

  @ParameterizedTest(name = "address \"{0}\" counts as \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "еmma@example.com   | emma@example.com",
        "emmа@ехаmрlе.соm   | emma@example.com",
        "ЕММА@EXAMPLE.COM   | emma@example.com",
        "émma@example.com   | emma@example.com",
        "emma@exämple.com   | emma@example.com",
        "emma@examp1e.com   | emma@example.com",
        "ernma@example.com  | emma@example.com",
        "emmα@example.com   | emma@example.com",
        "ｅｍｍа@example.com  | emma@example.com",
      })
  void lookAlikeAddressesAreOneKey(String typed, String same) {
    assertThat(EmailAddress.parse(typed).orElseThrow().key())
        .isEqualTo(EmailAddress.parse(same).orElseThrow().key());
  }

  @ParameterizedTest(name = "\"{0}\" is another mailbox than emma@example.com")
  @CsvSource({"еmma@example.com", "emma@examp1e.com"})
  void lookAlikesAreNotTheSameMailbox(String typed) {
    assertThat(EmailAddress.parse("emma@example.com").orElseThrow().matches(typed)).isFalse();
  }

  @ParameterizedTest(name = "\"{0}\" is not the key of emma@example.com")
  @CsvSource({"emma@example.org", "anna@example.com", "emma.s@example.com"})
  void differentAddressesStayApart(String typed) {
    assertThat(EmailAddress.parse(typed).orElseThrow().key())
        .isNotEqualTo(EmailAddress.parse("emma@example.com").orElseThrow().key());
  }

  @ParameterizedTest(name = "\"{0}\" is not an address")
  @CsvSource({"''", "'  '", "'@example.com'", "emma"})
  void whatCannotBeAnAddressIsNone(String typed) {
    assertThat(EmailAddress.parse(typed)).isEmpty();
  }
}
