/** Feature: rate limits counted in the database, shared by every server. */
package org.returnport.limits;
