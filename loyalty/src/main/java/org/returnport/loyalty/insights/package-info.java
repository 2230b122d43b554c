/**
 * The program in numbers for the console: points issued, redeemed, expired, clawed back and
 * adjusted per calendar month (UTC), and what the points members hold are worth to the store.
 */
package org.returnport.loyalty.insights;
