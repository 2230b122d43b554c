/** Feature: the parcel's papers: the return label and the customs declaration. */
package org.returnport.logistics;
