package org.returnport.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnport.access.IntegrationKeys;
import org.returnport.community.search.boundary.CommunitySearch;
import org.returnport.community.search.boundary.SearchHit;
import org.returnport.community.search.boundary.SearchResults;

/**
 * {@code /api/v1/community/search}: the store's own systems (its integration key) search its
 * community as shoppers do on the search page, e.g. to show answers beside a product.
 */
@Path("community/search")
@RequestScoped
@Tag(name = "Community")
@Produces(MediaType.APPLICATION_JSON)
@IntegrationKeys
public class SearchResultsResource {

  @Inject CommunitySearch search;

  @Operation(
      operationId = "searchCommunity",
      summary = "Searches the store's visible topics, posts and reviews (integration keys only)",
      description =
          "English and Chinese alike. A result holds every word asked for (Chinese: every pair of"
              + " neighbouring characters, or the one character asked for); results are ordered by"
              + " relevance (BM25) with a boost for recent ones, "
              + CommunitySearch.PAGE_SIZE
              + " a page.")
  @APIResponseSchema(
      value = ResultPage.class,
      responseCode = "200",
      responseDescription = "One page of results, best first")
  @APIResponse(
      responseCode = "422",
      description =
          "No question, none with a word search can use, one longer than "
              + CommunitySearch.QUERY_MAX
              + " characters, or a page too far (problem code rejected)")
  @GET
  public ResultPage search(
      @Parameter(
              description = "The question, up to " + CommunitySearch.QUERY_MAX + " characters",
              required = true)
          @QueryParam("q")
          String q,
      @Parameter(description = "The page, from 0", schema = @Schema(minimum = "0", maximum = "49"))
          @QueryParam("page")
          @DefaultValue("0")
          @Min(0)
          @Max(CommunitySearch.PAGE_MAX - 1)
          int page) {
    SearchResults results = search.search(q, page + 1);
    return new ResultPage(
        results.hits().stream().map(ResultPage.Hit::of).toList(),
        page,
        CommunitySearch.PAGE_SIZE,
        results.hasNext());
  }

  /** A page of results and whether another follows. */
  @Schema(name = "CommunitySearchPage")
  public record ResultPage(List<Hit> items, int page, int size, boolean hasNext) {

    /** One result. */
    @Schema(name = "CommunitySearchHit")
    public record Hit(
        @Schema(enumeration = {"TOPIC", "POST", "REVIEW"}) String kind,
        @Schema(description = "The topic's or review's title; empty for a reply") String title,
        @Schema(description = "The title as HTML, escaped, matches in <mark>") String titleHtml,
        @Schema(description = "Its address below /s/{slug}/, e.g. community/t/12-fit#p3")
            String path,
        Instant createdAt,
        @Schema(
                description =
                    "An excerpt around the first match as HTML, escaped, matches in <mark>")
            String excerptHtml) {

      static Hit of(SearchHit hit) {
        return new Hit(
            hit.kind(),
            hit.title(),
            hit.titleHtml(),
            hit.path(),
            hit.createdAt(),
            hit.excerptHtml());
      }
    }
  }
}
