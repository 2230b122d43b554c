package org.returnport.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.community.moderation.boundary.Moderation;
import org.returnport.community.moderation.entity.AuditEntry;

/** {@code /console/moderation-log.xhtml?page=N}: the store's moderation audit log, newest first. */
@Named
@RequestScoped
@StoreRoles({StaffRole.MODERATOR, StaffRole.MERCHANT_ADMIN})
public class ModerationLogBacking {

  static final int PAGE_SIZE = 50;

  @Inject Moderation moderation;

  private int page = 1;
  private List<AuditEntry> entries;
  private Long size;

  public List<AuditEntry> getEntries() {
    if (entries == null) {
      entries = moderation.log((page - 1) * PAGE_SIZE, PAGE_SIZE);
    }
    return entries;
  }

  public long getSize() {
    if (size == null) {
      size = moderation.logSize();
    }
    return size;
  }

  public boolean isHasNext() {
    return (long) page * PAGE_SIZE < getSize();
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = Math.max(1, page);
  }
}
