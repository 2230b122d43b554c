package org.returnport.access;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may use a method or a page, read from its {@link StoreRoles}, {@link IntegrationKeys} or
 * {@link AnyCaller}: the method's own rule, else its class's, else nobody. Deny by default, so that
 * a new method or page without a rule is refused rather than open.
 */
public record AccessRule(Set<StaffRole> roles, boolean anyCaller, boolean integrationKeysOnly) {

  public static final AccessRule NOBODY = new AccessRule(Set.of(), false, false);

  public static AccessRule of(Method method) {
    return declared(method).or(() -> declared(method.getDeclaringClass())).orElse(NOBODY);
  }

  public static AccessRule of(Class<?> type) {
    return declared(type).orElse(NOBODY);
  }

  /** Whether the rule is written on the method or its class (and not left to the default). */
  public static boolean isDeclared(Method method) {
    return declared(method).or(() -> declared(method.getDeclaringClass())).isPresent();
  }

  private static Optional<AccessRule> declared(AnnotatedElement element) {
    if (element.isAnnotationPresent(AnyCaller.class)) {
      return Optional.of(new AccessRule(Set.of(), true, false));
    }
    if (element.isAnnotationPresent(IntegrationKeys.class)) {
      return Optional.of(new AccessRule(Set.of(), false, true));
    }
    StoreRoles roles = element.getAnnotation(StoreRoles.class);
    if (roles == null) {
      return Optional.empty();
    }
    Set<StaffRole> allowed = EnumSet.noneOf(StaffRole.class);
    allowed.addAll(List.of(roles.value()));
    return Optional.of(new AccessRule(Set.copyOf(allowed), false, false));
  }

  /** Whether a person with this role in the store (or none) may use it; pages know no keys. */
  public boolean admits(Optional<StaffRole> role) {
    return admits(role, false);
  }

  /**
   * Whether a caller with this role in the store may use it, {@code integrationKey} saying that the
   * caller is the store's integration key (whose role is the administrator's).
   */
  public boolean admits(Optional<StaffRole> role, boolean integrationKey) {
    if (anyCaller) {
      return true;
    }
    if (integrationKeysOnly) {
      return integrationKey;
    }
    return role.filter(roles::contains).isPresent();
  }
}
