package org.returnport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
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
import org.returnport.staff.control.AccessRule;
import org.returnport.tenant.control.CurrentTenant;
import org.returnport.tenant.control.TenantScoped;

/**
 * The module and layer rules of ARCHITECTURE.md, checked on the compiled classes of all modules.
 */
@AnalyzeClasses(packages = "org.returnport", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

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
          .resideOutsideOfPackage("org.returnport.tenant..")
          .should()
          .callMethod(CurrentTenant.class, "enter", org.returnport.tenant.entity.Tenant.class)
          .orShould()
          .callMethodWhere(
              com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                  com.tngtech.archunit.core.domain.properties.HasName.Predicates.name("callAs")))
          .because("the tenant is set in one place per request or job");

  @ArchTest
  static final ArchRule onlyTheTenancyComponentReadsTheTenantId =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.returnport.tenant.control..")
          .should()
          .callMethod(CurrentTenant.TenantRef.class, "id")
          .because("the tenant id goes to the persistence context and nowhere else");

  @ArchTest
  static final ArchRule onlyTheTenancyComponentScopesThePersistenceContext =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.returnport.tenant.control..")
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
        "state the store roles that may call it (@StoreRoles or @AnyCaller)") {
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
