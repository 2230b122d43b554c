package org.returnport.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.net.URI;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Cookies are {@code Secure} when shoppers and staff reach the portal over https (its public
 * address, {@code RETURNPORT_PUBLIC_URL}), so that a session never travels in clear text; in
 * development over plain http they could not be sent back otherwise. The container sets the session
 * cookie itself, so its settings are made here, before the first request.
 */
@WebListener
public class CookieSecurity implements ServletContextListener {

  static final String PUBLIC_URL = "returnport.public-url";

  @Override
  public void contextInitialized(ServletContextEvent event) {
    var session = event.getServletContext().getSessionCookieConfig();
    session.setHttpOnly(true);
    session.setSecure(isSecure(ConfigProvider.getConfig()));
  }

  static boolean isSecure(Config config) {
    return isSecure(config.getOptionalValue(PUBLIC_URL, String.class).orElse(null));
  }

  static boolean isSecure(String publicUrl) {
    return publicUrl != null && "https".equalsIgnoreCase(URI.create(publicUrl.strip()).getScheme());
  }
}
