/**
 * Kernel: value objects that several features share and that normalise typed text once (e-mail
 * addresses, order numbers, display names, image types checked by content).
 */
package org.returnport.values;
