package org.returnport.web.tenancy;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.returnport.access.AccessRule;

/**
 * The store roles a console address admits, declared where the page's code is: on the backing bean
 * of a page ({@code /console/api-keys.xhtml} ↔ {@code web.console.ApiKeysBacking}) or on the
 * servlet mapped to the address. An address whose code declares no rule admits nobody, so a new
 * page cannot be opened to everyone by forgetting it.
 */
public final class ConsolePageRules {

  private static final String CONSOLE = "/console/";
  private static final String PAGE = ".xhtml";
  private static final String BACKING_PACKAGE = "org.returnport.web.console.";

  private final Map<String, AccessRule> rules = new ConcurrentHashMap<>();

  AccessRule ruleFor(String servletPath, ServletContext context) {
    return rules.computeIfAbsent(servletPath, path -> read(path, context));
  }

  private static AccessRule read(String path, ServletContext context) {
    return codeOf(path, context)
        .flatMap(ConsolePageRules::load)
        .map(AccessRule::of)
        .orElse(AccessRule.NOBODY);
  }

  /** The class that answers the address: the page's backing bean, or the mapped servlet. */
  public static Optional<String> codeOf(String path, ServletContext context) {
    if (!path.startsWith(CONSOLE)) {
      return Optional.empty();
    }
    if (path.equals(CONSOLE)) {
      return codeOf(CONSOLE + "index" + PAGE, context);
    }
    if (path.endsWith(PAGE)) {
      String page = path.substring(CONSOLE.length(), path.length() - PAGE.length());
      return page.matches("[a-z][a-z-]*")
          ? Optional.of(BACKING_PACKAGE + pascalCase(page) + "Backing")
          : Optional.empty();
    }
    return context.getServletRegistrations().values().stream()
        .filter(registration -> registration.getMappings().contains(path))
        .map(ServletRegistration::getClassName)
        .findFirst();
  }

  static String pascalCase(String kebab) {
    StringBuilder name = new StringBuilder();
    for (String part : kebab.split("-")) {
      if (!part.isEmpty()) {
        name.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
      }
    }
    return name.toString();
  }

  private static Optional<Class<?>> load(String className) {
    try {
      return Optional.of(Class.forName(className, false, ConsolePageRules.class.getClassLoader()));
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
  }
}
