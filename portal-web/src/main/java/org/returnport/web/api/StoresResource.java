package org.returnport.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenant.boundary.Tenants;
import org.returnport.tenant.entity.Tenant;

/** {@code /api/v1/store}: the store the caller acts for, as shoppers see it. */
@Path("store")
@RequestScoped
@Tag(name = "Store")
@Produces(MediaType.APPLICATION_JSON)
@StoreRoles({
  StaffRole.MERCHANT_ADMIN,
  StaffRole.MERCHANT_AGENT,
  StaffRole.WAREHOUSE,
  StaffRole.MODERATOR
})
public class StoresResource {

  @Inject CurrentTenant currentTenant;

  @Inject Tenants tenants;

  @Operation(
      operationId = "readStore",
      summary = "Reads the store the caller acts for, as its shoppers see it")
  @APIResponseSchema(
      value = StoreView.class,
      responseCode = "200",
      responseDescription = "The store: its slug, name, languages, currency and colours")
  @GET
  public StoreView current() {
    Tenant tenant = tenants.require(currentTenant.get().orElseThrow().slug());
    var branding = tenant.branding();
    return new StoreView(
        tenant.getSlug(),
        branding.displayName(),
        tenant.getCountry(),
        tenant.getDefaultLanguage().toLanguageTag(),
        branding.languages().stream().map(Locale::toLanguageTag).toList(),
        tenant.getDefaultCurrency(),
        branding.primaryColor().value(),
        branding.accentColor().value(),
        tenant.getStatus().name());
  }

  /** The store as the API shows it. */
  public record StoreView(
      String slug,
      String name,
      String country,
      String defaultLanguage,
      List<String> languages,
      String currency,
      String primaryColor,
      String accentColor,
      String status) {}
}
