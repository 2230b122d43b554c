/**
 * Feature: the return parcel's journey with its carrier. Carriers sit behind {@link
 * org.returnport.parcels.control.Carrier} (a sandbox carrier for the demo, development and tests);
 * an approval books the parcel through a durable work queue, scans arrive by polling or by the
 * AfterShip tracking webhook, and each new scan is told as {@code ParcelScanned}. Builds on
 * logistics, policy, tenant and limits; returns calls it, never the other way round (returns hands
 * it the shipment through {@link org.returnport.parcels.control.ShipmentSource}).
 */
package org.returnport.parcels;
