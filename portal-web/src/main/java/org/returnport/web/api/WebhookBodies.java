package org.returnport.web.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** The raw body of a signed webhook in, read up to a limit: the signature covers its bytes. */
final class WebhookBodies {

  private WebhookBodies() {}

  /** The body, or null when it is larger than allowed (read no further than one buffer past). */
  static byte[] read(InputStream body, long maxBytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    for (int n; (n = body.read(buffer)) > 0; ) {
      total += n;
      if (total > maxBytes) {
        return null;
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }
}
