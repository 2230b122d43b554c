package org.returnport.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The method needs no store role: shoppers and visitors of the store's public pages may call it.
 * Such a method must check whatever proves the right to its data itself (an order number with its
 * e-mail, a signed link). Stated on purpose, like {@link StoreRoles}; there is no default.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AnyCaller {}
