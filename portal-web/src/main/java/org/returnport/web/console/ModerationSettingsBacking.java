package org.returnport.web.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.community.moderation.boundary.Ban;
import org.returnport.community.moderation.boundary.Moderation;
import org.returnport.community.moderation.boundary.ModerationRules;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.web.errors.Feedback;

/**
 * {@code /console/moderation-settings.xhtml?member=ID}: the store's moderation thresholds, its word
 * lists in English and Chinese, the bans in force, and a form to ban a member (the queue links here
 * with the author's number).
 */
@Named
@ViewScoped
@StoreRoles({StaffRole.MODERATOR, StaffRole.MERCHANT_ADMIN})
public class ModerationSettingsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Moderation moderation;

  @Inject transient Feedback feedback;

  private int basicAfter;
  private int flagsToHide;
  private int maxLinksNew;
  private String wordsEn;
  private String wordsZh;
  private boolean ownEn;
  private boolean ownZh;
  private Long member;
  private LocalDate until;
  private String reason;
  private transient List<Ban> bans;
  private boolean loaded;

  /** Reads the settings once per view, after the view parameters are set. */
  public void load() {
    if (loaded) {
      return;
    }
    ModerationRules rules = moderation.rules();
    basicAfter = rules.basicAfter();
    flagsToHide = rules.flagsToHide();
    maxLinksNew = rules.maxLinksNew();
    wordsEn = String.join("\n", rules.wordsEn());
    wordsZh = String.join("\n", rules.wordsZh());
    ownEn = rules.ownEn();
    ownZh = rules.ownZh();
    loaded = true;
  }

  public void saveThresholds() {
    run(
        () -> moderation.changeThresholds(basicAfter, flagsToHide, maxLinksNew),
        "community.moderation.settings.saved");
  }

  public void saveWordsEn() {
    run(() -> moderation.changeWords("en", wordsEn), "community.moderation.settings.saved");
  }

  public void saveWordsZh() {
    run(() -> moderation.changeWords("zh-CN", wordsZh), "community.moderation.settings.saved");
  }

  public void ban() {
    if (member == null) {
      feedback.error("community.moderation.notFound");
      return;
    }
    run(() -> moderation.ban(member, until, reason), "community.moderation.done.BAN");
  }

  public void trust() {
    if (member == null) {
      feedback.error("community.moderation.notFound");
      return;
    }
    run(() -> moderation.trust(member), "community.moderation.done.TRUST");
  }

  public void lift(long memberId) {
    run(() -> moderation.lift(memberId), "community.moderation.done.LIFT_BAN");
  }

  private void run(Runnable change, String done) {
    try {
      change.run();
      feedback.info(done);
      loaded = false;
      bans = null;
      reason = null;
      until = null;
      load();
    } catch (RejectedException e) {
      feedback.error(e.messageKey(), e.arguments().toArray());
    } catch (NotFoundException e) {
      feedback.error("community.moderation.notFound");
    }
  }

  public List<Ban> getBans() {
    if (bans == null) {
      bans = moderation.bans();
    }
    return bans;
  }

  public int getBasicAfter() {
    return basicAfter;
  }

  public void setBasicAfter(int basicAfter) {
    this.basicAfter = basicAfter;
  }

  public int getFlagsToHide() {
    return flagsToHide;
  }

  public void setFlagsToHide(int flagsToHide) {
    this.flagsToHide = flagsToHide;
  }

  public int getMaxLinksNew() {
    return maxLinksNew;
  }

  public void setMaxLinksNew(int maxLinksNew) {
    this.maxLinksNew = maxLinksNew;
  }

  public String getWordsEn() {
    return wordsEn;
  }

  public void setWordsEn(String wordsEn) {
    this.wordsEn = wordsEn;
  }

  public String getWordsZh() {
    return wordsZh;
  }

  public void setWordsZh(String wordsZh) {
    this.wordsZh = wordsZh;
  }

  public boolean isOwnEn() {
    return ownEn;
  }

  public boolean isOwnZh() {
    return ownZh;
  }

  public Long getMember() {
    return member;
  }

  public void setMember(Long member) {
    this.member = member;
  }

  public LocalDate getUntil() {
    return until;
  }

  public void setUntil(LocalDate until) {
    this.until = until;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
