package org.returnport.web.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.community.content.ContentKind;
import org.returnport.community.content.ContentRef;
import org.returnport.community.moderation.boundary.Moderation;
import org.returnport.community.moderation.boundary.QueueEntry;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.web.errors.Feedback;

/**
 * {@code /console/moderation.xhtml?page=N}: the store's moderation queue, oldest first, a page at a
 * time, with a moderator's decisions on each item, and a form to act on any post or review by its
 * number.
 */
@Named
@ViewScoped
@StoreRoles({StaffRole.MODERATOR, StaffRole.MERCHANT_ADMIN})
public class ModerationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int PAGE_SIZE = 20;

  /** What the form for any item can do. */
  public enum Act {
    HIDE,
    RESTORE,
    DELETE
  }

  @Inject transient Moderation moderation;

  @Inject transient Feedback feedback;

  private int page = 1;
  private String reason;
  private ContentKind kind = ContentKind.POST;
  private Long contentId;
  private Act act = Act.HIDE;
  private transient List<QueueEntry> entries;
  private Long size;

  public List<QueueEntry> getEntries() {
    if (entries == null) {
      entries = moderation.queue((page - 1) * PAGE_SIZE, PAGE_SIZE);
    }
    return entries;
  }

  public long getSize() {
    if (size == null) {
      size = moderation.queueSize();
    }
    return size;
  }

  public boolean isHasNext() {
    return (long) page * PAGE_SIZE < getSize();
  }

  public void approve(QueueEntry entry) {
    decide(() -> moderation.approve(ref(entry), reason), "community.moderation.done.APPROVE");
  }

  public void reject(QueueEntry entry) {
    decide(() -> moderation.reject(ref(entry), reason), "community.moderation.done.REJECT");
  }

  public void hide(QueueEntry entry) {
    decide(() -> moderation.hide(ref(entry), reason), "community.moderation.done.HIDE");
  }

  public void restore(QueueEntry entry) {
    decide(() -> moderation.restore(ref(entry), reason), "community.moderation.done.RESTORE");
  }

  public void delete(QueueEntry entry) {
    decide(() -> moderation.delete(ref(entry), reason), "community.moderation.done.DELETE");
  }

  public void dismiss(QueueEntry entry) {
    decide(() -> moderation.dismiss(ref(entry)), "community.moderation.done.DISMISS");
  }

  /** The form for any item: hides, restores or deletes the post or review of that number. */
  public void actOnAny() {
    ContentRef ref = new ContentRef(kind, contentId == null ? 0 : contentId);
    switch (act) {
      case HIDE -> decide(() -> moderation.hide(ref, reason), "community.moderation.done.HIDE");
      case RESTORE ->
          decide(() -> moderation.restore(ref, reason), "community.moderation.done.RESTORE");
      case DELETE ->
          decide(() -> moderation.delete(ref, reason), "community.moderation.done.DELETE");
    }
  }

  private void decide(Runnable decision, String done) {
    try {
      decision.run();
      feedback.info(done);
      reason = null;
      contentId = null;
      entries = null;
      size = null;
    } catch (RejectedException e) {
      feedback.error(e.messageKey(), e.arguments().toArray());
    } catch (NotFoundException e) {
      feedback.error("community.moderation.notFound");
    }
  }

  private static ContentRef ref(QueueEntry entry) {
    return new ContentRef(entry.kind(), entry.contentId());
  }

  public ContentKind[] getKinds() {
    return ContentKind.values();
  }

  public Act[] getActs() {
    return Act.values();
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = Math.max(1, page);
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public ContentKind getKind() {
    return kind;
  }

  public void setKind(ContentKind kind) {
    this.kind = kind;
  }

  public Long getContentId() {
    return contentId;
  }

  public void setContentId(Long contentId) {
    this.contentId = contentId;
  }

  public Act getAct() {
    return act;
  }

  public void setAct(Act act) {
    this.act = act;
  }
}
