/** Feature: products and orders, recorded through the API or imported from Shopify. */
package org.returnport.catalog;
