package org.returnport.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import org.returnport.access.AccessRule;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenancy.TenantScoped;

/**
 * The module and layer rules of ARCHITECTURE.md, checked on the compiled classes of all modules.
 */
@AnalyzeClasses(packages = "org.returnport", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** The shared kernel of ARCHITECTURE.md: used by every feature, using none. */
  static final String[] KERNEL = {
    "org.returnport.money..",
    "org.returnport.tenancy..",
    "org.returnport.access..",
    "org.returnport.events..",
    "org.returnport.errors..",
    "org.returnport.values..",
    "org.returnport.persistence.."
  };

  /**
   * What the community uses of portal-ejb beyond the kernel and the boundaries, as issue 11's
   * contract has it: the member record that writes ({@code Member.BY_USER}), the shared rate
   * limits, the outbox and signed links for mails to members, the store's branding for those mails,
   * and, read only, the orders and returns that earn a review its badges and its invitation, and
   * the photo check returns use.
   */
  static final String[] SHARED_WITH_COMMUNITY = {
    "org.returnport.members.entity..",
    "org.returnport.limits.entity..",
    "org.returnport.notify.control..",
    "org.returnport.notify.entity..",
    "org.returnport.tenant.entity..",
    "org.returnport.identity.control..",
    "org.returnport.catalog.entity..",
    "org.returnport.returns.entity.."
  };

  // Loyalty: program and tiers
  /**
   * What loyalty uses of the return policy: the question of a shopper's tier it answers, and the
   * two-language texts its tiers are named in, as the policy names its own.
   */
  static final DescribedPredicate<JavaClass> POLICY_SHARED_WITH_LOYALTY =
      type(org.returnport.policy.control.ShopperTiers.class)
          .or(type(org.returnport.policy.control.ShopperTiers.ShopperTier.class))
          .or(type(org.returnport.policy.entity.LocalizedText.class));

  @ArchTest
  static final ArchRule featuresDependOnEachOtherWithoutCycles =
      slices()
          .matching("org.returnport.(*)..")
          .namingSlices("$1")
          .should()
          .beFreeOfCycles()
          .because("a feature builds on the kernel and on features below it, never in a circle");

  @ArchTest
  static final ArchRule theKernelUsesNoFeature =
      classes()
          .that()
          .resideInAnyPackage(KERNEL)
          .should()
          .onlyDependOnClassesThat(
              resideInAnyPackage(KERNEL).or(resideOutsideOfPackage("org.returnport..")))
          .because("every feature may use the kernel, so the kernel may use no feature");

  @ArchTest
  static final ArchRule entitiesDependOnNoControlOrBoundary =
      noClasses()
          .that()
          .resideInAPackage("..entity..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..control..", "..boundary..")
          .because("entities carry their own rules and are used by every layer above them");

  @ArchTest
  static final ArchRule loyaltyAndCommunityReachTheReturnsSideOnlyThroughBoundariesAndEvents =
      classes()
          .that()
          .resideInAnyPackage("org.returnport.loyalty..", "org.returnport.community..")
          .should()
          .onlyDependOnClassesThat(
              resideInAnyPackage(KERNEL)
                  .or(resideInAnyPackage("org.returnport.loyalty..", "org.returnport.community.."))
                  .or(resideInAPackage("org.returnport.*.boundary.."))
                  .or(resideInAnyPackage(SHARED_WITH_COMMUNITY))
                  .or(POLICY_SHARED_WITH_LOYALTY)
                  .or(resideOutsideOfPackage("org.returnport..")))
          .because("portal-ejb's features are theirs to change behind their boundaries");

  @ArchTest
  static final ArchRule loyaltyNeverUsesTheForum =
      noClasses()
          .that()
          .resideInAPackage("org.returnport.loyalty..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.returnport.community..");

  @ArchTest
  static final ArchRule forumNeverUsesLoyalty =
      noClasses()
          .that()
          .resideInAPackage("org.returnport.community..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.returnport.loyalty..");

  @ArchTest
  static final ArchRule theKernelDependsOnNoOtherModule =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "org.returnport.loyalty..", "org.returnport.community..", "org.returnport.web..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.returnport.loyalty..", "org.returnport.community..", "org.returnport.web..");

  @ArchTest
  static final ArchRule onlyTheTenancyComponentEntersATenant =
      noClasses()
          .that()
          .resideOutsideOfPackages("org.returnport.tenant..", "org.returnport.tenancy..")
          .should()
          .callMethod(CurrentTenant.class, "enter", CurrentTenant.TenantRef.class)
          .orShould()
          .callMethodWhere(
              com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                  com.tngtech.archunit.core.domain.properties.HasName.Predicates.name("callAs")))
          .because("the tenant is set in one place per request or job");

  @ArchTest
  static final ArchRule onlyTheTenancyComponentReadsTheTenantId =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.returnport.tenancy..")
          .should()
          .callMethod(CurrentTenant.TenantRef.class, "id")
          .because("the tenant id goes to the persistence context and nowhere else");

  @ArchTest
  static final ArchRule onlyTheTenancyComponentScopesThePersistenceContext =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.returnport.tenancy..")
          .should()
          .callMethod(EntityManager.class, "setProperty", String.class, Object.class)
          .because("the tenant discriminator is set by TenantIsolation only");

  @ArchTest
  static final ArchRule pagesAndResourcesNeverTouchTheDatabase =
      noClasses()
          .that()
          .resideInAPackage("org.returnport.web..")
          .should()
          .dependOnClassesThat()
          .areAssignableTo(EntityManager.class)
          .orShould()
          .dependOnClassesThat()
          .areAssignableTo(EntityManagerFactory.class)
          .because("backing beans and resources call the boundary");

  @ArchTest
  static final ArchRule everyStoreBoundaryMethodStatesWhoMayCallIt =
      methods()
          .that()
          .arePublic()
          .and(
              new DescribedPredicate<JavaMethod>("work on a store's data (@TenantScoped)") {
                @Override
                public boolean test(JavaMethod method) {
                  return method.isAnnotatedWith(TenantScoped.class)
                      || method.getOwner().isAnnotatedWith(TenantScoped.class)
                          && !method
                              .getOwner()
                              .isAnnotatedWith(jakarta.interceptor.Interceptor.class);
                }
              })
          .should(stateAnAccessRule())
          .because("authorization is deny-by-default: a method without a rule admits nobody");

  @ArchTest
  static final ArchRule everyApiMethodStatesWhoMayCallIt =
      methods()
          .that()
          .areAnnotatedWith(GET.class)
          .or()
          .areAnnotatedWith(POST.class)
          .or()
          .areAnnotatedWith(PUT.class)
          .or()
          .areAnnotatedWith(DELETE.class)
          .or()
          .areAnnotatedWith(PATCH.class)
          .should(stateAnAccessRule())
          .because("authorization is deny-by-default: a method without a rule admits nobody");

  private static ArchCondition<JavaMethod> stateAnAccessRule() {
    return new ArchCondition<>(
        "state who may call it (@StoreRoles, @IntegrationKeys or @AnyCaller)") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        boolean declared = AccessRule.isDeclared(method.reflect());
        events.add(
            new SimpleConditionEvent(
                method,
                declared,
                method.getFullName() + (declared ? " states" : " lacks") + " a rule"));
      }
    };
  }
}
