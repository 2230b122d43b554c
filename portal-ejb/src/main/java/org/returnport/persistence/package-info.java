/** Kernel: the schema migrations run at deployment and the converters every entity may use. */
package org.returnport.persistence;
