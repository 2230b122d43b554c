package org.returnport.catalog.entity;

import org.returnport.errors.RejectedException;
import org.returnport.money.Money;

/**
 * What a store says about one SKU; checked at the API, applied to {@link Product}. SKUs with the
 * same {@code variantOf} (the store's product code) are variants of one product, which a shopper
 * may exchange for one another.
 */
public record ProductData(
    String sku,
    String nameEn,
    String nameZh,
    String category,
    Money price,
    int weightGrams,
    String hsCode,
    String originCountry,
    String supplier,
    boolean finalSale,
    String imageUrl,
    String variantOf) {

  public static final int SKU_MAX = 64;
  public static final int NAME_MAX = 200;
  public static final int CATEGORY_MAX = 64;
  public static final int SUPPLIER_MAX = 120;
  public static final int IMAGE_URL_MAX = 500;

  public ProductData {
    if (price.isNegative()) {
      throw new RejectedException("price", "returnport.order.negative");
    }
    if (weightGrams < 0) {
      throw new RejectedException("weightGrams", "returnport.order.negative");
    }
  }
}
