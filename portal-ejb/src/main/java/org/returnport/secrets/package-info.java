/**
 * Kernel: secrets a store shares with a partner (webhook and gateway secrets), kept sealed with
 * AES-GCM under a key derived from configuration and bound to the store, never in clear text.
 */
package org.returnport.secrets;
