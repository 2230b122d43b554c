package org.returnport.community.reviews.control;

import java.util.Locale;
import java.util.Set;
import org.returnport.catalog.boundary.ProductCard;

/**
 * Whether a product is worn in a size, so that its reviews ask how it fits. Read from the catalog
 * as the store keeps it: the customs tariff number first (chapters 61 and 62 are garments, 64 is
 * footwear; headings 6117 and 6217 are accessories such as scarves and ties, which have no fit),
 * else the category's name, for stores that do not keep tariff numbers.
 */
public final class Apparel {

  private static final Set<String> SIZED_CATEGORIES =
      Set.of(
          "apparel",
          "clothing",
          "clothes",
          "outerwear",
          "footwear",
          "shoes",
          "tops",
          "bottoms",
          "dresses",
          "knitwear",
          "jackets",
          "trousers",
          "activewear",
          "swimwear",
          "underwear",
          "服装",
          "鞋");

  private Apparel() {}

  public static boolean sized(ProductCard product) {
    String hs = product.hsCode() == null ? "" : product.hsCode().replaceAll("[^0-9]", "");
    if (hs.length() >= 4) {
      String chapter = hs.substring(0, 2);
      String heading = hs.substring(0, 4);
      if (chapter.equals("61") || chapter.equals("62")) {
        return !heading.equals("6117") && !heading.equals("6217");
      }
      if (chapter.equals("64")) {
        return true;
      }
      return false;
    }
    String category = product.category() == null ? "" : product.category().strip();
    return SIZED_CATEGORIES.contains(category.toLowerCase(Locale.ROOT));
  }
}
