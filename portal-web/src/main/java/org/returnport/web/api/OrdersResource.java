package org.returnport.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.catalog.boundary.OrderBook;
import org.returnport.catalog.boundary.OrderImports;
import org.returnport.catalog.entity.ImportReport;
import org.returnport.catalog.entity.OrderData;
import org.returnport.catalog.entity.ProductData;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.money.Money;
import org.returnport.values.EmailAddress;
import org.returnport.web.errors.Messages;

/**
 * {@code /api/v1/orders}: orders from the store's shop system. Posting an order is idempotent by
 * its number: the same order again changes nothing ({@code UNCHANGED}), a changed one is updated.
 */
@Path("orders")
@RequestScoped
@Tag(name = "Orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@StoreRoles(StaffRole.MERCHANT_ADMIN)
public class OrdersResource {

  @Inject OrderBook orders;

  @Inject OrderImports imports;

  @Operation(
      operationId = "recordOrder",
      summary = "Records an order, idempotent by its number",
      description =
          "The same order again changes nothing (UNCHANGED); a changed one replaces the order"
              + " (UPDATED). Every amount is Money in the order's currency.")
  @APIResponseSchema(
      value = Recorded.class,
      responseCode = "201",
      responseDescription = "The order is new (CREATED)")
  @APIResponse(
      responseCode = "200",
      description = "The order was known: UNCHANGED or UPDATED",
      content = @Content(schema = @Schema(implementation = Recorded.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "The order breaks a rule, such as dates out of order, an unknown country or an"
              + " amount in another currency than the order's")
  @POST
  public Response record(
      @RequestBody(description = "The order as the shop system has it", required = true)
          @NotNull
          @Valid
          Order input) {
    OrderBook.Outcome outcome = orders.record(input.toData());
    return Response.status(outcome == OrderBook.Outcome.CREATED ? 201 : 200)
        .entity(new Recorded(input.number(), outcome.name()))
        .build();
  }

  /**
   * Imports a Shopify order export ({@code text/csv}, UTF-8) order by order and answers what it
   * did, with each refused order's rows and the reason in the caller's language.
   */
  @Operation(
      operationId = "importOrders",
      summary =
          "Imports a Shopify order export (text/csv) order by order, with a report per refused order",
      description =
          "Each order is recorded as POST /orders would, idempotent by its number; an order with"
              + " a bad row is refused whole and the others are still imported.")
  @APIResponseSchema(
      value = ImportView.class,
      responseCode = "200",
      responseDescription =
          "What the import did, with each refused order's rows and the reason in the caller's"
              + " language")
  @APIResponse(
      responseCode = "413",
      description = "The file, or an order in it, is larger than the import accepts")
  @APIResponse(
      responseCode = "422",
      description = "The file is not a Shopify order export (its header is not one)")
  @POST
  @Path("import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  public ImportView importCsv(
      @RequestBody(
              description = "A Shopify order export, UTF-8, with its header row",
              required = true,
              content =
                  @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
          InputStream csv,
      @Context HttpHeaders headers) {
    ImportReport report = imports.importBody(csv, headers.getLength());
    return ImportView.of(report, Problems.language(headers.getAcceptableLanguages()));
  }

  @Operation(operationId = "readOrder", summary = "Reads an order")
  @APIResponseSchema(
      value = Order.class,
      responseCode = "200",
      responseDescription = "The order as it was last recorded")
  @APIResponse(responseCode = "404", description = "The store has no order with this number")
  @GET
  @Path("{number}")
  public Order get(
      @Parameter(description = "The order number in the shop system") @PathParam("number")
          String number) {
    return orders
        .read(number)
        .map(Order::of)
        .orElseThrow(() -> new NotFoundException("order " + number));
  }

  /** What an import did. */
  @Schema(name = "ImportReport")
  public record ImportView(
      long rows, int created, int updated, int unchanged, int rejected, List<Refused> refused) {

    static ImportView of(ImportReport report, Locale locale) {
      return new ImportView(
          report.rows(),
          report.created(),
          report.updated(),
          report.unchanged(),
          report.rejected(),
          report.problems().stream()
              .map(
                  p ->
                      new Refused(
                          p.firstRow(),
                          p.lastRow(),
                          p.order(),
                          p.column(),
                          Messages.format(p.messageKey(), p.arguments(), locale)))
              .toList());
    }

    /** An order not imported: its rows in the file (the header is row 1) and why. */
    @Schema(name = "RefusedOrder")
    public record Refused(
        long firstRow, long lastRow, String order, String column, String message) {}
  }

  /** What posting an order did. */
  public record Recorded(String number, String outcome) {}

  /** An order as integrations send it and read it back; every amount is in the order's currency. */
  public record Order(
      @NotBlank @Size(max = OrderData.NUMBER_MAX) String number,
      @NotBlank @Email @Size(max = EmailAddress.MAX) String email,
      @NotBlank @Size(max = OrderData.SHOPPER_NAME_MAX) String shopperName,
      @NotNull @Pattern(regexp = "[A-Z]{2}") String shipCountry,
      @NotBlank @Size(max = OrderData.SHIP_ADDRESS_MAX) String shipAddress,
      @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
      @NotNull Money dutiesPaid,
      @NotBlank @Size(max = OrderData.PAYMENT_METHOD_MAX) String paymentMethod,
      @NotNull Instant placedAt,
      Instant shippedAt,
      Instant deliveredAt,
      @NotEmpty @Size(max = 500) List<@NotNull @Valid Line> lines,
      @Size(max = OrderData.PAYMENT_REFERENCE_MAX) String paymentReference,
      @Valid Customs customs) {

    static Order of(OrderData order) {
      String currency = order.currency();
      return new Order(
          order.number(),
          order.email(),
          order.shopperName(),
          order.shipCountry(),
          order.shipAddress(),
          currency,
          new Money(order.dutiesPaid(), currency),
          order.paymentMethod(),
          order.placedAt(),
          order.shippedAt(),
          order.deliveredAt(),
          order.lines().stream().map(line -> Line.of(line, currency)).toList(),
          order.paymentReference(),
          order.customs() == null
              ? null
              : new Customs(order.customs().entryNumber(), order.customs().declaredAt()));
    }

    OrderData toData() {
      return new OrderData(
          number.strip(),
          email.strip().toLowerCase(Locale.ROOT),
          shopperName.strip(),
          shipCountry,
          shipAddress.strip(),
          currency,
          amountIn(currency, "dutiesPaid", dutiesPaid),
          paymentMethod.strip(),
          placedAt,
          shippedAt,
          deliveredAt,
          lines.stream().map(line -> line.toLine(currency)).toList(),
          paymentReference,
          customs == null
              ? null
              : new OrderData.Customs(customs.entryNumber(), customs.declaredAt()));
    }
  }

  /**
   * The import declaration a cross-border order entered the shopper's country under: its entry
   * number and the day customs accepted it. A broker quotes both to reclaim duties on a return.
   */
  public record Customs(
      @NotBlank @Size(max = OrderData.Customs.ENTRY_MAX) String entryNumber,
      @NotNull Instant declaredAt) {}

  /** One line: the unit price, and the tax and discount of the whole line. */
  @Schema(name = "OrderLine")
  public record Line(
      @NotBlank @Size(max = ProductData.SKU_MAX) String sku,
      @NotBlank @Size(max = ProductData.NAME_MAX) String name,
      @Min(1) @Max(10_000) int quantity,
      @NotNull Money unitPrice,
      @NotNull Money tax,
      @NotNull Money discount) {

    static Line of(OrderData.Line line, String currency) {
      return new Line(
          line.sku(),
          line.name(),
          line.quantity(),
          new Money(line.unitPrice(), currency),
          new Money(line.tax(), currency),
          new Money(line.discount(), currency));
    }

    OrderData.Line toLine(String currency) {
      return new OrderData.Line(
          sku,
          name,
          quantity,
          amountIn(currency, "unitPrice", unitPrice),
          amountIn(currency, "tax", tax),
          amountIn(currency, "discount", discount));
    }
  }

  /** An order keeps one currency: an amount in another is refused, never converted. */
  static BigDecimal amountIn(String currency, String field, Money money) {
    if (!money.currency().equals(currency)) {
      throw new RejectedException(field, "api.money.otherCurrency", currency);
    }
    return money.amount();
  }
}
