package org.returnport.community.reviews.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.returnport.catalog.boundary.ProductCard;

class ApparelTest {

  @ParameterizedTest(name = "{0} / hs {1} → {2}")
  @CsvSource({
    "apparel, 610910, true",
    "outerwear, 620193, true",
    "accessories, 611710, false",
    "accessories, 621710, false",
    "shoes, 640399, true",
    "home, 940490, false",
    "apparel, 940490, false",
    "Clothing, '', true",
    "footwear, '', true",
    "kitchen, '', false"
  })
  void sizedByTariffChapterElseCategory(String category, String hsCode, boolean sized) {
    ProductCard product =
        new ProductCard("SKU-1", "Thing", null, category, hsCode.isEmpty() ? null : hsCode, null);

    assertThat(Apparel.sized(product)).isEqualTo(sized);
  }
}
