/** Feature: payment gateways (refunds, payment links, holds) and the refunds sent through them. */
package org.returnport.payments;
