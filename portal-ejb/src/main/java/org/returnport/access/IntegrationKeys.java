package org.returnport.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Only the store's own integration key may call the method: no person, whatever their role. For
 * what a store's systems ask about its shoppers (the member API), which no member of staff needs to
 * read one by one through the API. Like {@link StoreRoles}, a method's rule replaces its class's.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface IntegrationKeys {}
