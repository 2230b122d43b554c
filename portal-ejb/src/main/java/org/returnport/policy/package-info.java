/**
 * Feature: the versioned return policy and the rules that read it: eligibility, fees, refunds, hubs
 * and auto-approval. Builds on catalog.
 */
package org.returnport.policy;
