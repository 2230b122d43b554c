package org.returnport.web.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.returnport.access.AccessRule;
import org.returnport.access.Caller;

/**
 * Refuses an API call whose resource method does not admit the caller's role in the store, before
 * its body is read or validated, so that a caller without the right learns nothing, not even which
 * fields a request would need: the answer is "not found". A method without a rule admits nobody.
 * The boundaries check their own rules again behind this.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ApiAccess implements ContainerRequestFilter {

  @Context ResourceInfo resource;

  @Inject Caller caller;

  @Override
  public void filter(ContainerRequestContext request) {
    if (resource.getResourceMethod() == null
        || !AccessRule.of(resource.getResourceMethod())
            .admits(caller.role(), caller.isIntegration())) {
      request.abortWith(
          Problems.of(404, "not-found", "api.notFound", request.getAcceptableLanguages()));
    }
  }
}
