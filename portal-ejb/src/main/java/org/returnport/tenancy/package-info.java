/**
 * Kernel: the tenant a request or job acts for, entered once by the tenant feature, and the one
 * interceptor that scopes every persistence context to it (EclipseLink single-table multitenancy).
 * Used by every feature, using none.
 */
package org.returnport.tenancy;
