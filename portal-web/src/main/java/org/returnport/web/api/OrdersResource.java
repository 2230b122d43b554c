package org.returnport.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnport.catalog.boundary.OrderBook;
import org.returnport.catalog.boundary.OrderImports;
import org.returnport.catalog.entity.ImportReport;
import org.returnport.catalog.entity.OrderData;
import org.returnport.platform.entity.NotFoundException;
import org.returnport.staff.control.StoreRoles;
import org.returnport.staff.entity.StaffRole;
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

  @Operation(summary = "Records an order, idempotent by its number")
  @POST
  public Response record(@NotNull @Valid OrderInput input) {
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
      summary =
          "Imports a Shopify order export (text/csv) order by order, with a report per refused order")
  @POST
  @Path("import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  public ImportView importCsv(InputStream csv, @Context HttpHeaders headers) {
    ImportReport report = imports.importBody(csv, headers.getLength());
    return ImportView.of(report, Problems.language(headers.getAcceptableLanguages()));
  }

  @Operation(summary = "Reads an order")
  @GET
  @Path("{number}")
  public OrderData get(@PathParam("number") String number) {
    return orders.read(number).orElseThrow(() -> new NotFoundException("order " + number));
  }

  /** What an import did. */
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
    public record Refused(
        long firstRow, long lastRow, String order, String column, String message) {}
  }

  /** What posting an order did. */
  public record Recorded(String number, String outcome) {}

  /** An order as integrations send it; amounts in the order's currency. */
  public record OrderInput(
      @NotBlank @Size(max = OrderData.NUMBER_MAX) String number,
      @NotBlank @Email @Size(max = 254) String email,
      @NotBlank @Size(max = 120) String shopperName,
      @NotNull @Pattern(regexp = "[A-Z]{2}") String shipCountry,
      @NotBlank @Size(max = 500) String shipAddress,
      @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
      @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal dutiesPaid,
      @NotBlank @Size(max = 40) String paymentMethod,
      @NotNull Instant placedAt,
      Instant shippedAt,
      Instant deliveredAt,
      @NotEmpty @Size(max = 500) List<@NotNull @Valid LineInput> lines) {

    OrderData toData() {
      return new OrderData(
          number.strip(),
          email.strip().toLowerCase(Locale.ROOT),
          shopperName.strip(),
          shipCountry,
          shipAddress.strip(),
          currency,
          dutiesPaid,
          paymentMethod.strip(),
          placedAt,
          shippedAt,
          deliveredAt,
          lines.stream().map(LineInput::toLine).toList());
    }
  }

  /** One line: the unit price, and the tax and discount of the whole line. */
  public record LineInput(
      @NotBlank @Size(max = 64) String sku,
      @NotBlank @Size(max = 200) String name,
      @Min(1) @Max(10_000) int quantity,
      @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal unitPrice,
      @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal tax,
      @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal discount) {

    OrderData.Line toLine() {
      return new OrderData.Line(sku, name, quantity, unitPrice, tax, discount);
    }
  }
}
