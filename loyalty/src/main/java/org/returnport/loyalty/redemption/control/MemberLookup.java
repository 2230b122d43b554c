package org.returnport.loyalty.redemption.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.returnport.access.Caller;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.members.entity.Member;
import org.returnport.values.EmailAddress;

/**
 * Finds the member whose points are meant, in the current store only: the signed-in person's
 * membership (as the community finds it, by their Keycloak user id), or a member the store's
 * systems name by id or address. Another store's member, or one who left, is not found. Before a
 * redemption the member is read with a lock ({@code forUpdate}): a locking read takes no snapshot,
 * so the transaction's reads after the points account's lock see what committed while it waited.
 */
@Dependent
public class MemberLookup {

  @PersistenceContext EntityManager em;

  @Inject Caller caller;

  /** The signed-in person's membership, or a refusal telling them to sign in or join. */
  public Member signedIn(boolean forUpdate) {
    return caller
        .userId()
        .flatMap(
            user ->
                em.createNamedQuery(Member.BY_USER, Member.class)
                    .setParameter("user", user)
                    .setLockMode(forUpdate ? LockModeType.PESSIMISTIC_READ : LockModeType.NONE)
                    .getResultStream()
                    .findFirst())
        .orElseThrow(() -> new RejectedException(null, "loyalty.redeem.notMember"));
  }

  public Member byId(long memberId, boolean forUpdate) {
    return em.createNamedQuery(Member.BY_ID, Member.class)
        .setParameter("id", memberId)
        .setLockMode(forUpdate ? LockModeType.PESSIMISTIC_READ : LockModeType.NONE)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("member"));
  }

  public Optional<Member> byEmail(String email) {
    return EmailAddress.parse(email)
        .flatMap(
            address ->
                em.createNamedQuery(Member.BY_EMAIL, Member.class)
                    .setParameter("email", address.value())
                    .getResultStream()
                    .findFirst());
  }
}
