package org.returnport.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.returnport.catalog.entity.Money;
import org.returnport.catalog.entity.ProductData;
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
}
