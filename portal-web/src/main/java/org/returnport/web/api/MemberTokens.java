package org.returnport.web.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The API method also takes the bearer token of a store's member (a person of the realm without a
 * staff role), who names the store with {@code X-Returnport-Store}: the community's own endpoints.
 * Every other method refuses such a token as if it were none, whatever its access rule says.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface MemberTokens {}
