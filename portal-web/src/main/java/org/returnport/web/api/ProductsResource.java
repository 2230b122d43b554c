package org.returnport.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import org.returnport.catalog.boundary.Catalog;
import org.returnport.catalog.entity.Money;
import org.returnport.catalog.entity.ProductData;
import org.returnport.platform.entity.NotFoundException;
import org.returnport.platform.entity.RejectedException;
import org.returnport.staff.control.StoreRoles;
import org.returnport.staff.entity.StaffRole;

/**
 * {@code /api/v1/products}: the store's catalog. {@code PUT /products/{sku}} creates or replaces
 * one SKU (201 when new, 200 when replaced), so sending it again is harmless.
 */
@Path("products")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@StoreRoles(StaffRole.MERCHANT_ADMIN)
public class ProductsResource {

  @Inject Catalog catalog;

  @PUT
  @Path("{sku}")
  public Response put(
      @PathParam("sku") @Size(min = 1, max = ProductData.SKU_MAX) String sku,
      @NotNull @Valid ProductInput input) {
    boolean created = catalog.put(input.toData(sku));
    return Response.status(created ? 201 : 200)
        .entity(catalog.find(sku).orElseThrow().data())
        .build();
  }

  @GET
  @Path("{sku}")
  public ProductData get(@PathParam("sku") String sku) {
    return catalog.find(sku).orElseThrow(() -> new NotFoundException("product " + sku)).data();
  }

  @GET
  public StaffResource.Page<ProductData> list(
      @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
    return new StaffResource.Page<>(catalog.list(page * size, size), page, size, catalog.count());
  }

  /** A product as integrations send it. */
  public record ProductInput(
      @NotBlank @Size(max = ProductData.NAME_MAX) String nameEn,
      @Size(max = ProductData.NAME_MAX) String nameZh,
      @NotBlank @Size(max = 64) String category,
      @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal price,
      @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
      @Min(0) @Max(1_000_000) int weightGrams,
      @Pattern(regexp = "[0-9]{6,10}") String hsCode,
      @Pattern(regexp = "[A-Z]{2}") String originCountry,
      @Size(max = 120) String supplier,
      boolean finalSale,
      @Size(max = 500) @Pattern(regexp = "https://\\S+") String imageUrl,
      @Size(max = ProductData.SKU_MAX) String variantOf) {

    ProductData toData(String sku) {
      if (!Money.isCurrency(currency)) {
        throw new RejectedException("currency", "returnport.order.currency");
      }
      return new ProductData(
          sku,
          nameEn.strip(),
          nameZh,
          category,
          new Money(price, currency),
          weightGrams,
          hsCode,
          originCountry,
          supplier,
          finalSale,
          imageUrl,
          variantOf == null || variantOf.isBlank() ? null : variantOf.strip());
    }
  }
}
