/**
 * Feature: the hub's intake of returned parcels. A warehouse worker finds the parcel by its label
 * (scanner, camera or search), counts what came, grades each item on the store's own scale and
 * chooses what becomes of it; discrepancies go back to an agent, parcels without an RMA wait to be
 * matched. The hub's dashboard forecasts arrivals and shows the backlog. Builds on returns, which
 * it moves to {@code RECEIVED} and {@code INSPECTED}.
 */
package org.returnport.intake;
