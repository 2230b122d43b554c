package org.returnport.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.community.reviews.boundary.ReviewPage;
import org.returnport.community.reviews.boundary.ReviewQuery;
import org.returnport.community.reviews.boundary.Reviews;

/**
 * {@code /api/v1/products/{sku}/reviews}: a product's rating (count, average, histogram, fit) and
 * its published reviews, a page at a time, for the store's own shop. The same reviews everyone sees
 * on the store's pages, none left out for its stars.
 */
@Path("products/{sku}/reviews")
@RequestScoped
@Tag(name = "Reviews")
@Produces(MediaType.APPLICATION_JSON)
@StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT})
public class ReviewsResource {

  @Inject Reviews reviews;

  @Operation(
      operationId = "listProductReviews",
      summary = "A product's rating and its published reviews, paged")
  @APIResponseSchema(
      value = ReviewPage.class,
      responseCode = "200",
      responseDescription =
          "The rating (count, average, histogram 1 to 5 stars, fit) and one page of reviews")
  @APIResponse(
      responseCode = "404",
      description = "The store has no product with this SKU (problem code not-found)")
  @APIResponse(responseCode = "422", description = "Stars to filter by outside 1 to 5")
  @GET
  public ReviewPage list(
      @Parameter(description = "The product's SKU") @PathParam("sku") String sku,
      @Parameter(description = "NEWEST (default), HELPFUL, LOWEST or HIGHEST")
          @QueryParam("sort")
          @DefaultValue("NEWEST")
          ReviewQuery.Sort sort,
      @Parameter(description = "Only reviews with this many stars (1 to 5)") @QueryParam("stars")
          Integer stars,
      @Parameter(description = "Only reviews with this badge: PURCHASE or RETURN")
          @QueryParam("badge")
          ReviewQuery.Badge badge,
      @Parameter(description = "Page number, from 1") @QueryParam("page") @DefaultValue("1") @Min(1)
          int page,
      @Parameter(description = "Reviews per page, at most 50")
          @QueryParam("size")
          @DefaultValue("20")
          @Min(1)
          @Max(Reviews.PAGE_MAX)
          int size) {
    return reviews.product(sku, new ReviewQuery(sort, stars, badge, false), page, size);
  }
}
