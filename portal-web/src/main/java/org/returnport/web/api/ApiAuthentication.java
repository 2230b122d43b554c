package org.returnport.web.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;
import org.returnport.access.Caller;
import org.returnport.apikey.entity.ApiKeySecret;
import org.returnport.identity.control.AccessTokens;
import org.returnport.identity.control.AccessTokens.VerifiedToken;
import org.returnport.limits.boundary.RateCounters;
import org.returnport.limits.control.Limits;
import org.returnport.limits.entity.RateLimit;
import org.returnport.tenant.boundary.TenantResolution;
import org.returnport.tenant.entity.Tenant;

/**
 * Every API call acts for one store, named by what it presents: {@code X-Api-Key} (the store's
 * integration key) or {@code Authorization: Bearer} (a Keycloak access token of the store's staff;
 * with {@code X-Returnport-Store} when the person works for several stores). No credentials: 401. A
 * store the caller does not belong to looks like one that does not exist: 404. What the caller may
 * do there is then decided by {@link ApiAccess} and the boundaries, from {@link Caller}. A {@link
 * SignedWebhook} carries no credentials: it acts for the store its address names, whose existence
 * it may learn (the address is the one the store gave its partner), within the store's webhook
 * limit. A token without a staff role is a shopper's: it is taken only by the methods marked {@link
 * MemberTokens} (the community's), for the store named by {@code X-Returnport-Store}, where the
 * person has no role and the boundary checks that they joined; anywhere else it is refused like no
 * credentials at all.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthentication implements ContainerRequestFilter {

  static final String API_KEY = "X-Api-Key";
  static final String STORE = "X-Returnport-Store";
  static final List<String> STAFF_ROLES =
      List.of("merchant-admin", "merchant-agent", "warehouse", "moderator");

  /** A store's webhooks arrive by the thousand a second: their count is spread over rows. */
  static final int WEBHOOK_COUNTER_SLICES = 16;

  @Inject TenantResolution resolution;

  @Inject AccessTokens tokens;

  @Inject Caller caller;

  @Inject RateCounters counters;

  @Inject Limits limits;

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    if (resource.getResourceMethod() != null
        && resource.getResourceMethod().isAnnotationPresent(SignedWebhook.class)) {
      enterForWebhook(request);
      return;
    }
    String key = request.getHeaderString(API_KEY);
    String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (key != null) {
      Optional<Tenant> tenant = resolution.enterByApiKey(key.strip());
      if (tenant.isEmpty()) {
        request.abortWith(unauthorized(request));
        return;
      }
      ApiKeySecret secret = new ApiKeySecret(key.strip());
      RateLimit.Decision decision = counters.hit(limits.apiRequests(), secret.hash());
      if (!decision.allowed()) {
        request.abortWith(
            Problems.tooMany(
                "api.tooMany", decision.retryAfterSeconds(), request.getAcceptableLanguages()));
        return;
      }
      caller.actAsIntegration(secret.prefix());
      return;
    }
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      Optional<VerifiedToken> token = tokens.verify(authorization.substring(7).strip());
      if (token.isEmpty()) {
        request.abortWith(unauthorized(request));
        return;
      }
      if (STAFF_ROLES.stream().noneMatch(token.get().roles()::contains)) {
        enterAsMember(request, token.get());
        return;
      }
      List<String> stores = token.get().organizations();
      String wanted = request.getHeaderString(STORE);
      String store = wanted != null ? wanted : stores.size() == 1 ? stores.get(0) : null;
      if (resolution.enterAsStaff(store, stores).isEmpty()) {
        request.abortWith(
            Problems.of(404, "not-found", "api.notFound", request.getAcceptableLanguages()));
        return;
      }
      caller.actAsPerson(token.get().subject(), token.get().email());
      return;
    }
    request.abortWith(unauthorized(request));
  }

  /** A shopper's token: only for the community's member endpoints, in the store it names. */
  private void enterAsMember(ContainerRequestContext request, VerifiedToken token) {
    if (resource.getResourceMethod() == null
        || !resource.getResourceMethod().isAnnotationPresent(MemberTokens.class)) {
      request.abortWith(unauthorized(request));
      return;
    }
    String store = request.getHeaderString(STORE);
    if (store == null || resolution.enterBySlug(store.strip()).filter(Tenant::isActive).isEmpty()) {
      request.abortWith(
          Problems.of(404, "not-found", "api.notFound", request.getAcceptableLanguages()));
      return;
    }
    // Floods of posts are the community gate's to refuse (per member, with its own limits).
    caller.actAsPerson(token.subject(), token.email());
  }

  private void enterForWebhook(ContainerRequestContext request) {
    String store = request.getUriInfo().getPathParameters().getFirst("store");
    if (store == null || resolution.enterBySlug(store).isEmpty()) {
      request.abortWith(
          Problems.of(404, "not-found", "api.notFound", request.getAcceptableLanguages()));
      return;
    }
    RateLimit.Decision decision =
        counters.hitSpread(limits.trackingRequests(), store, WEBHOOK_COUNTER_SLICES);
    if (!decision.allowed()) {
      request.abortWith(
          Problems.tooMany(
              "api.tooMany", decision.retryAfterSeconds(), request.getAcceptableLanguages()));
    }
  }

  private static Response unauthorized(ContainerRequestContext request) {
    Response problem =
        Problems.of(401, "unauthorized", "api.unauthorized", request.getAcceptableLanguages());
    return Response.fromResponse(problem)
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"returnport\"")
        .build();
  }
}
