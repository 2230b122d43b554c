package org.returnport.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.returnport.catalog.entity.Money;
import org.returnport.catalog.entity.ProductData;
import org.returnport.policy.entity.PolicyRules;
import org.returnport.policy.entity.Resolution;
import org.returnport.returns.boundary.QueueRow;
import org.returnport.returns.entity.ReturnStatus;

class DomainSchemasTest {

  final DomainSchemas cut = new DomainSchemas();

  @Test
  void theDomainTypesTheApiReadsAndWritesAreFoundFromItsResources() {
    assertThat(DomainSchemas.resources())
        .contains(
            ProductsResource.class,
            OrdersResource.class,
            PolicyResource.class,
            ReturnsResource.class,
            StaffResource.class,
            StoresResource.class)
        .doesNotContain(ApiApplication.class, ReturnView.class);
    assertThat(cut.getPropertyNames())
        .contains(
            name(ProductData.class),
            name(Money.class),
            name(PolicyRules.class),
            name(PolicyRules.ShippingFee.class),
            name(PolicyRules.Treatment.class),
            name(QueueRow.class),
            name(ReturnStatus.class),
            name(Resolution.class))
        .noneMatch(name -> name.startsWith(DomainSchemas.PREFIX + "org.returnport.web."));
  }

  @Test
  void aRecordIsDescribedByItsComponentsWithMoneyAsAReference() {
    JsonObject product = schema(ProductData.class);

    assertThat(product.getString("name")).isEqualTo("ProductData");
    JsonObject properties = product.getJsonObject("properties");
    assertThat(properties.getJsonObject("price").getString("$ref"))
        .isEqualTo("#/components/schemas/Money");
    assertThat(properties.getJsonObject("sku").getString("type")).isEqualTo("string");
    assertThat(properties.getJsonObject("weightGrams").getString("type")).isEqualTo("integer");
    assertThat(properties.getJsonObject("finalSale").getString("type")).isEqualTo("boolean");
    assertThat(properties.keySet()).doesNotContain("negative", "zero");
    JsonObject fees = schema(PolicyRules.class).getJsonObject("properties");
    assertThat(fees.getJsonObject("shippingFees").getJsonObject("items").getString("$ref"))
        .isEqualTo("#/components/schemas/ShippingFee");
    assertThat(fees.getJsonObject("resolutions").getBoolean("uniqueItems")).isTrue();
  }

  @Test
  void moneyIsAnObjectWithADecimalStringAndACurrency() {
    JsonObject money = schema(Money.class);

    assertThat(money.getJsonObject("properties").keySet())
        .containsExactlyInAnyOrder("amount", "currency");
    assertThat(money.getJsonObject("properties").getJsonObject("amount").getString("type"))
        .isEqualTo("string");
    assertThat(money.getJsonArray("required")).hasSize(2);
  }

  @Test
  void anEnumIsAStringOfItsConstants() {
    assertThat(schema(ReturnStatus.class).getJsonArray("enum").getValuesAs(j -> j.toString()))
        .contains("\"UNDER_REVIEW\"", "\"APPROVED\"");
  }

  private JsonObject schema(Class<?> type) {
    Map<String, String> properties = cut.getProperties();
    try (var reader = Json.createReader(new StringReader(properties.get(name(type))))) {
      return reader.readObject();
    }
  }

  private static String name(Class<?> type) {
    return DomainSchemas.PREFIX + type.getName();
  }
}
