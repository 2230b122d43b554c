package org.returnport.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The store roles that may call a boundary method, a REST resource method or a console page (on the
 * page's backing bean). A method's rule replaces its class's. Where there is no rule at all, nobody
 * gets in: see {@link AccessRule}. A store's integration key counts as its administrator.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface StoreRoles {
  StaffRole[] value();
}
