/** Feature: the store's integration keys for its own systems; only their hashes are stored. */
package org.returnport.apikey;
