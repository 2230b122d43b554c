package org.returnport.it.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.returnport.community.category.boundary.Communities;
import org.returnport.community.category.entity.CommunityCategory;
import org.returnport.it.Deployments;
import org.returnport.loyalty.program.boundary.LoyaltyPrograms;
import org.returnport.staff.boundary.StaffDirectory;
import org.returnport.staff.entity.StaffInvitation;
import org.returnport.staff.entity.StaffRole;
import org.returnport.tenant.entity.Tenant;

/**
 * Two stores side by side in one database: whatever store B asks for by id, by JPQL, by bulk update
 * or delete, it never reaches a row of store A.
 */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.domainWith(
        TenantIsolationIT.class, IsolationProbe.class, TenantFixtures.class);
  }

  @Inject TenantFixtures fixtures;

  @Inject IsolationProbe probe;

  @Inject StaffDirectory staff;

  @Inject Communities communities;

  @Inject LoyaltyPrograms loyaltyPrograms;

  private Tenant storeA;
  private Tenant storeB;
  private StaffInvitation invitationOfA;

  @BeforeEach
  void twoStores() {
    storeA = fixtures.store("alpha");
    storeB = fixtures.store("bravo");
    invitationOfA =
        fixtures.as(
            storeA,
            () ->
                probe.persist(
                    new StaffInvitation(
                        "agent@alpha.example", StaffRole.MERCHANT_AGENT, "owner", Instant.now())));
  }

  @Test
  void findByIdOfAnotherStoreFindsNothing() {
    assertThat(fixtures.as(storeA, () -> probe.find(StaffInvitation.class, invitationOfA.getId())))
        .isNotNull();
    assertThat(fixtures.as(storeB, () -> probe.find(StaffInvitation.class, invitationOfA.getId())))
        .isNull();
  }

  @Test
  void queriesListOnlyTheCurrentStoresRows() {
    assertThat(fixtures.as(storeB, () -> staff.invitations()))
        .extracting(StaffInvitation::getEmail)
        .doesNotContain("agent@alpha.example");
    assertThat(fixtures.as(storeA, () -> staff.invitations()))
        .extracting(StaffInvitation::getEmail)
        .containsExactly("agent@alpha.example");
  }

  @Test
  void bulkUpdatesAndDeletesDoNotReachAnotherStore() {
    int updated =
        fixtures.as(
            storeB,
            () ->
                probe.update(
                    "UPDATE StaffInvitation s SET s.invitedBy = 'intruder' WHERE s.id = :id",
                    invitationOfA.getId()));
    int deleted =
        fixtures.as(
            storeB,
            () ->
                probe.update(
                    "DELETE FROM StaffInvitation s WHERE s.id = :id", invitationOfA.getId()));

    assertThat(updated).isZero();
    assertThat(deleted).isZero();
    StaffInvitation untouched =
        fixtures.as(storeA, () -> probe.find(StaffInvitation.class, invitationOfA.getId()));
    assertThat(untouched.getInvitedBy()).isEqualTo("owner");
  }

  @Test
  void eachStoreGetsItsOwnLoyaltyProgramAndCommunity() {
    Long programOfA = fixtures.as(storeA, () -> loyaltyPrograms.current().getId());
    Long programOfB = fixtures.as(storeB, () -> loyaltyPrograms.current().getId());
    List<Long> categoriesOfA =
        fixtures.as(
            storeA, () -> communities.categories().stream().map(CommunityCategory::getId).toList());
    List<Long> categoriesOfB =
        fixtures.as(
            storeB, () -> communities.categories().stream().map(CommunityCategory::getId).toList());

    assertThat(programOfA).isNotEqualTo(programOfB);
    assertThat(fixtures.as(storeA, () -> loyaltyPrograms.current().getId())).isEqualTo(programOfA);
    assertThat(categoriesOfA).hasSize(CommunityCategory.STARTER_CODES.size());
    assertThat(categoriesOfB).hasSize(CommunityCategory.STARTER_CODES.size());
    assertThat(categoriesOfA).doesNotContainAnyElementsOf(categoriesOfB);
  }

  @Test
  void tenantOwnedDataCannotBeReachedWithoutAStore() {
    assertThatThrownBy(() -> staff.invitations())
        .isInstanceOf(EJBException.class)
        .hasRootCauseInstanceOf(IllegalStateException.class);
  }
}
