package org.returnport.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.returnport.catalog.entity.ProductData;
import org.returnport.money.Money;
import org.returnport.returns.entity.ReturnStatus;

class ApiSchemasTest {

  @Test
  void theResourcesAreFoundFromTheirPackage() {
    assertThat(ApiSchemas.resources())
        .contains(
            ProductsResource.class,
            OrdersResource.class,
            PolicyResource.class,
            ReturnsResource.class,
            StaffResource.class,
            StoresResource.class)
        .doesNotContain(ApiApplication.class, ReturnView.class, ApiDescription.class);
  }

  @Test
  void ourRecordsAndEnumsAreNamedAsTheirClassOrTheirSchemaName() {
    assertThat(ApiSchemas.ours(ProductData.class)).isTrue();
    assertThat(ApiSchemas.ours(ReturnStatus.class)).isTrue();
    assertThat(ApiSchemas.ours(String.class)).isFalse();
    assertThat(ApiSchemas.name(Money.class)).isEqualTo("Money");
    assertThat(ApiSchemas.name(OrdersResource.Line.class)).isEqualTo("OrderLine");
    assertThat(ApiSchemas.name(ReturnView.Line.class)).isEqualTo("ReturnLine");
  }

  @Test
  void aResourceMethodIsRoutedAsTheDescriptionNamesItsPath() throws Exception {
    assertThat(ApiSchemas.route(ProductsResource.class.getMethod("list", int.class, int.class)))
        .isEqualTo("GET /api/v1/products");
    assertThat(
            ApiSchemas.route(
                ProductsResource.class.getMethod(
                    "put", String.class, ProductsResource.ProductInput.class)))
        .isEqualTo("PUT /api/v1/products/{sku}");
    assertThat(ApiSchemas.route(ReturnsResource.class.getMethod("approve", String.class)))
        .isEqualTo("POST /api/v1/returns/{rma}/approve");
    assertThat(ApiSchemas.route(ReturnView.class.getMethod("rma"))).isNull();
  }
}
