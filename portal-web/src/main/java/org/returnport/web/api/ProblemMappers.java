package org.returnport.web.api;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.errors.TooLargeException;
import org.returnport.errors.TooManyRequestsException;
import org.returnport.web.api.MoneyJson.InvalidMoneyException;

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

  /** A second settlement of a return is a conflict with the first, not bad input. */
  @Provider
  public static class AlreadySettled
      implements ExceptionMapper<org.returnport.settlement.boundary.AlreadySettledException> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(org.returnport.settlement.boundary.AlreadySettledException e) {
      return Problems.of(
          409,
          "conflict",
          e.messageKey(),
          e.field(),
          e.arguments(),
          headers.getAcceptableLanguages());
    }
  }

  @Provider
  public static class TooMany implements ExceptionMapper<TooManyRequestsException> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(TooManyRequestsException e) {
      return Problems.tooMany(
          e.messageKey(), e.retryAfterSeconds(), headers.getAcceptableLanguages());
    }
  }

  @Provider
  public static class TooLarge implements ExceptionMapper<TooLargeException> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(TooLargeException e) {
      return Problems.of(
          413,
          "too-large",
          e.messageKey(),
          null,
          List.of(e.maxMegabytes()),
          headers.getAcceptableLanguages());
    }
  }

  /** A body that is not the JSON it should be. */
  /**
   * A body that is not the JSON it should be; when it is an amount that is not money in the API's
   * form, the title says what is wrong with it.
   */
  @Provider
  public static class Unreadable implements ExceptionMapper<ProcessingException> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(ProcessingException e) {
      return invalidMoney(e, headers)
          .orElseGet(
              () -> Problems.of(400, "invalid", "api.invalid", headers.getAcceptableLanguages()));
    }

    /** The money problem, when an amount in the body is what made it unreadable. */
    static Optional<Response> invalidMoney(Throwable e, HttpHeaders headers) {
      return invalidMoney(e)
          .map(
              money ->
                  Problems.of(
                      400,
                      "invalid",
                      money.messageKey(),
                      null,
                      List.of(money.value()),
                      headers.getAcceptableLanguages()));
    }

    /** JSON-B and JAX-RS each wrap what the money reader threw. */
    static Optional<InvalidMoneyException> invalidMoney(Throwable e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof InvalidMoneyException invalid) {
          return Optional.of(invalid);
        }
      }
      return Optional.empty();
    }
  }

  /** What JAX-RS itself answers (unknown path, wrong method or media type), as a problem too. */
  @Provider
  public static class Protocol implements ExceptionMapper<WebApplicationException> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (status == 400) {
        Optional<Response> money = Unreadable.invalidMoney(e, headers);
        if (money.isPresent()) {
          return money.get();
        }
      }
      return status == 404
          ? Problems.of(404, "not-found", "api.notFound", headers.getAcceptableLanguages())
          : Problems.of(status, "http-" + status, "api.invalid", headers.getAcceptableLanguages());
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
