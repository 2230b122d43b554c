package org.returnport.catalog.boundary;

/**
 * What shopper-facing features show of a product: its names in both languages, its category and
 * customs tariff number (what kind of product it is) and its picture.
 */
public record ProductCard(
    String sku, String nameEn, String nameZh, String category, String hsCode, String imageUrl) {

  public String name(String language) {
    return language != null && language.startsWith("zh") && nameZh != null ? nameZh : nameEn;
  }
}
