package org.returnport.web.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An API method that partners call without a key or token: the store is the {@code store} path
 * parameter, and the body's signature (checked by the boundary against the store's secret) is what
 * proves the sender. {@link ApiAuthentication} enters the store and counts the call against the
 * store's webhook limit.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SignedWebhook {}
