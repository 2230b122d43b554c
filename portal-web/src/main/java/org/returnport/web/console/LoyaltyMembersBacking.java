package org.returnport.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.loyalty.members.boundary.LoyaltyMembers;
import org.returnport.loyalty.members.boundary.MemberPage;

/**
 * {@code /console/loyalty-members.xhtml}: the store's members found by name or e-mail, with their
 * points. The search is in the address ({@code ?q=…&page=…}), so a result can be bookmarked and the
 * back button works.
 */
@Named("loyaltyMembers")
@RequestScoped
@StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT})
public class LoyaltyMembersBacking {

  static final int PAGE_SIZE = 25;

  @Inject LoyaltyMembers members;

  private String q;
  private int page = 1;
  private MemberPage shown;

  public MemberPage getShown() {
    if (shown == null) {
      shown = members.search(q, page, PAGE_SIZE);
    }
    return shown;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
