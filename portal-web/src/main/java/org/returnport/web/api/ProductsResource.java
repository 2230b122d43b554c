package org.returnport.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.catalog.boundary.Catalog;
import org.returnport.catalog.entity.ProductData;
import org.returnport.catalog.entity.StockLevel;
import org.returnport.errors.NotFoundException;
import org.returnport.money.Money;

/**
 * {@code /api/v1/products}: the store's catalog. {@code PUT /products/{sku}} creates or replaces
 * one SKU (201 when new, 200 when replaced), so sending it again is harmless.
 */
@Path("products")
@RequestScoped
@Tag(name = "Products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@StoreRoles(StaffRole.MERCHANT_ADMIN)
public class ProductsResource {

  @Inject Catalog catalog;

  @Operation(
      operationId = "putProduct",
      summary = "Creates or replaces one SKU",
      description = "Sending the same product again is harmless: it replaces it with itself.")
  @APIResponseSchema(
      value = ProductData.class,
      responseCode = "201",
      responseDescription = "The SKU was new and is now in the catalog")
  @APIResponse(
      responseCode = "200",
      description = "The SKU was replaced",
      content = @Content(schema = @Schema(implementation = ProductData.class)))
  @APIResponse(
      responseCode = "422",
      description = "The product breaks a rule of the catalog, such as a negative price")
  @PUT
  @Path("{sku}")
  public Response put(
      @Parameter(description = "The store's stock keeping unit, up to 64 characters")
          @PathParam("sku")
          @Size(min = 1, max = ProductData.SKU_MAX)
          String sku,
      @RequestBody(description = "The product, its price as Money", required = true) @NotNull @Valid
          ProductInput input) {
    boolean created = catalog.put(input.toData(sku), input.stock());
    return Response.status(created ? 201 : 200)
        .entity(catalog.find(sku).orElseThrow().data())
        .build();
  }

  @Operation(operationId = "readProduct", summary = "Reads one SKU")
  @APIResponseSchema(
      value = ProductData.class,
      responseCode = "200",
      responseDescription = "The product")
  @APIResponse(responseCode = "404", description = "The store has no product with this SKU")
  @GET
  @Path("{sku}")
  public ProductData get(
      @Parameter(description = "The store's stock keeping unit") @PathParam("sku") String sku) {
    return catalog.find(sku).orElseThrow(() -> new NotFoundException("product " + sku)).data();
  }

  @Operation(operationId = "listProducts", summary = "Lists the catalog, a page at a time, by SKU")
  @APIResponseSchema(
      value = ProductPage.class,
      responseCode = "200",
      responseDescription = "One page of the catalog and the total")
  @GET
  public ProductPage list(
      @Parameter(
              description = StaffResource.PAGE,
              schema = @Schema(minimum = "0", maximum = "1000000"))
          @QueryParam("page")
          @DefaultValue("0")
          @Min(0)
          @Max(1_000_000)
          int page,
      @Parameter(description = StaffResource.SIZE, schema = @Schema(minimum = "1", maximum = "200"))
          @QueryParam("size")
          @DefaultValue("50")
          @Min(1)
          @Max(200)
          int size) {
    return new ProductPage(catalog.list(page * size, size), page, size, catalog.count());
  }

  @Operation(
      operationId = "readStock",
      summary = "Reads one SKU's stock",
      description =
          "onHand is what was counted (null: not tracked, never runs out), reserved what approved"
              + " exchanges set aside, available what can still be promised (never below 0).")
  @APIResponseSchema(value = StockView.class, responseCode = "200", responseDescription = "Stock")
  @APIResponse(responseCode = "404", description = "The store has no product with this SKU")
  @GET
  @Path("{sku}/stock")
  public StockView stock(
      @Parameter(description = "The store's stock keeping unit") @PathParam("sku") String sku) {
    return StockView.of(catalog.stockOf(sku));
  }

  @Operation(
      operationId = "putStock",
      summary = "Counts one SKU's stock",
      description =
          "Sets the units on hand (null stops tracking the SKU). Reservations stay as they are.")
  @APIResponseSchema(
      value = StockView.class,
      responseCode = "200",
      responseDescription = "The new stock")
  @APIResponse(
      responseCode = "422",
      description = "Unknown SKU, or a count that is negative or too large")
  @PUT
  @Path("{sku}/stock")
  public StockView putStock(
      @Parameter(description = "The store's stock keeping unit") @PathParam("sku") String sku,
      @RequestBody(description = "The count", required = true) @NotNull @Valid StockInput input) {
    return StockView.of(catalog.setStock(sku, input.onHand()));
  }

  /** A count of units on hand; null stops tracking. */
  public record StockInput(@Min(0) @Max(StockLevel.MAX) Integer onHand) {}

  /** A SKU's stock as integrations read it. */
  public record StockView(Integer onHand, int reserved, Integer available, boolean tracked) {
    static StockView of(StockLevel level) {
      return new StockView(level.onHand(), level.reserved(), level.available(), level.tracked());
    }
  }

  /** A page of the catalog, with what it takes to ask for the next one. */
  public record ProductPage(List<ProductData> items, int page, int size, long total) {}

  /** A product as integrations send it. */
  public record ProductInput(
      @NotBlank @Size(max = ProductData.NAME_MAX) String nameEn,
      @Size(max = ProductData.NAME_MAX) String nameZh,
      @NotBlank @Size(max = ProductData.CATEGORY_MAX) String category,
      @NotNull Money price,
      @Min(0) @Max(1_000_000) int weightGrams,
      @Pattern(regexp = "[0-9]{6,10}") String hsCode,
      @Pattern(regexp = "[A-Z]{2}") String originCountry,
      @Size(max = ProductData.SUPPLIER_MAX) String supplier,
      boolean finalSale,
      @Size(max = ProductData.IMAGE_URL_MAX) @Pattern(regexp = "https://\\S+") String imageUrl,
      @Size(max = ProductData.SKU_MAX) String variantOf,
      @Schema(
              description =
                  "Units on hand; left out, the count stays as it was; the stock endpoint stops"
                      + " tracking it")
          @Min(0)
          @Max(StockLevel.MAX)
          Integer stock) {

    ProductData toData(String sku) {
      return new ProductData(
          sku,
          nameEn.strip(),
          nameZh,
          category,
          price,
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
