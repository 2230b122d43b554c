package org.returnport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.returnport.tenant.control.CurrentTenant;

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
}
