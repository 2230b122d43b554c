package org.returnport.web.api;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.returnport.platform.entity.NotFoundException;
import org.returnport.platform.entity.RejectedException;

/** The business exceptions of the boundary, once, as problem details. */
final class ProblemMappers {

  private ProblemMappers() {}

  @Provider
  public static class NotFound implements ExceptionMapper<NotFoundException> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(NotFoundException e) {
      return Problems.of(404, "not-found", "api.notFound", headers.getAcceptableLanguages());
    }
  }

  @Provider
  public static class Rejected implements ExceptionMapper<RejectedException> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(RejectedException e) {
      return Problems.of(
          422,
          "rejected",
          e.messageKey(),
          e.field(),
          e.arguments(),
          headers.getAcceptableLanguages());
    }
  }

  @Provider
  public static class Invalid implements ExceptionMapper<ConstraintViolationException> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(ConstraintViolationException e) {
      String field =
          e.getConstraintViolations().stream()
              .map(v -> v.getPropertyPath().toString())
              .map(path -> path.substring(path.lastIndexOf('.') + 1))
              .findFirst()
              .orElse(null);
      return Problems.of(
          400, "invalid", "api.invalid", field, List.of(), headers.getAcceptableLanguages());
    }
  }
}
