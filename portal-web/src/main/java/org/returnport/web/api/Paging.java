package org.returnport.web.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The page a list request asks for ({@code ?page=0&size=50}), the same on every list. */
public class Paging {

  static final int MAX_SIZE = 200;

  @Parameter(
      description = "The page to read, counted from 0",
      schema = @Schema(minimum = "0", maximum = "1000000"))
  @QueryParam("page")
  @DefaultValue("0")
  @Min(0)
  @Max(1_000_000)
  int page;

  @Parameter(
      description = "How many items a page has, 1 to 200",
      schema = @Schema(minimum = "1", maximum = "200"))
  @QueryParam("size")
  @DefaultValue("50")
  @Min(1)
  @Max(MAX_SIZE)
  int size;

  public int page() {
    return page;
  }

  public int size() {
    return size;
  }

  /** How many items come before this page. */
  public int offset() {
    return page * size;
  }
}
