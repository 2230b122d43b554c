package org.returnport.community.forum.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressesTest {

  @Test
  void theIdAndSlugAreReadFromTheRestOfTheAddress() {
    assertThat(Addresses.parse("12-fit-of-the-sweater"))
        .contains(new Addresses.Named(12, "fit-of-the-sweater"));
    assertThat(Addresses.parse("12")).contains(new Addresses.Named(12, ""));
    assertThat(Addresses.parse("12-")).contains(new Addresses.Named(12, ""));
  }

  @Test
  void anythingButADecimalIdIsNoAddress() {
    assertThat(Addresses.parse("abc-12")).isEmpty();
    assertThat(Addresses.parse("-12")).isEmpty();
    assertThat(Addresses.parse("99999999999999999999-x")).isEmpty();
    assertThat(Addresses.parse("")).isEmpty();
    assertThat(Addresses.parse(null)).isEmpty();
  }

  @Test
  void postsAreFoundOnTheirPageByTheirAnchor() {
    assertThat(Addresses.post(12, "fit", 3)).isEqualTo("community/t/12-fit#p3");
    assertThat(Addresses.post(12, "fit", 21)).isEqualTo("community/t/12-fit?page=2#p21");
    assertThat(Addresses.topic(7, "")).isEqualTo("community/t/7");
    assertThat(Addresses.category(3, "sizing")).isEqualTo("community/c/3-sizing");
  }
}
