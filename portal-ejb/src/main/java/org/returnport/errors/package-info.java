/**
 * Kernel: the typed business exceptions (not found, rejected with a translatable reason, too many
 * requests, too large), mapped once to a page message and once to an API problem response.
 */
package org.returnport.errors;
