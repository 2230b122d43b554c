package org.returnport.web.shop;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.returnport.credit.boundary.CreditView;
import org.returnport.credit.boundary.Credits;
import org.returnport.errors.RejectedException;
import org.returnport.errors.TooManyRequestsException;
import org.returnport.members.boundary.MemberDetails;
import org.returnport.members.boundary.MemberHistory;
import org.returnport.members.boundary.MemberView;
import org.returnport.members.boundary.Members;
import org.returnport.members.boundary.Standing.State;
import org.returnport.values.DisplayName;
import org.returnport.web.errors.Feedback;
import org.returnport.web.i18n.Language;
import org.returnport.web.tenancy.ShopperStore;

/**
 * {@code /s/{slug}/account}: the signed-in shopper's membership of this store. What it shows
 * follows where they stand: an address to verify first, the join form, or, for a member, their
 * orders and returns, their profile, their data and the way out. The person is the one signed in
 * ({@link MemberPagesFilter}); the page never names a member or user.
 */
@Named("account")
@ViewScoped
public class AccountBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Members members;

  @Inject transient MemberStanding standing;

  @Inject transient Feedback feedback;

  @Inject Language language;

  @Inject transient ShopperStore store;

  @Inject transient Credits credits;

  private final Profile profile = new Profile();
  private boolean consent;
  private boolean linkSent;
  private boolean confirmingLeave;
  private transient List<CreditView> creditList;
  private String next;

  /**
   * Fills the forms from the membership, or with the page's language for someone joining. A member
   * who came for another page of the store (a review invitation's form) goes on to it at once.
   */
  public void load() throws IOException {
    MemberView member = standing.get().member().orElse(null);
    if (member != null && goOn()) {
      return;
    }
    if (member == null) {
      profile.language = language.getTag();
      profile.mailAboutReturns = true;
    } else {
      profile.fill(member);
    }
  }

  public State getState() {
    return standing.get().state();
  }

  public String getEmail() {
    return standing.get().email();
  }

  public MemberView getMember() {
    return standing.get().member().orElse(null);
  }

  /** The member's store credit and gift cards in this store. */
  public List<CreditView> getCredits() {
    if (creditList == null) {
      creditList = credits.mine();
    }
    return creditList;
  }

  public MemberHistory getHistory() {
    return standing.history();
  }

  public void sendLink() {
    try {
      members.sendVerificationLink(language.getTag());
      linkSent = true;
    } catch (RejectedException e) {
      standing.changed();
      feedback.rejected(e, "verify");
    } catch (TooManyRequestsException e) {
      tooMany(e);
    }
  }

  public void join() throws IOException {
    try {
      MemberView member = members.join(profile.details(consent));
      standing.changed();
      profile.fill(member);
      feedback.info("shop.account.joined", member.displayName());
      goOn();
    } catch (RejectedException e) {
      standing.changed();
      feedback.rejected(e, "join");
    } catch (TooManyRequestsException e) {
      tooMany(e);
    }
  }

  public void save() {
    try {
      MemberView member = members.update(profile.details(true));
      standing.changed();
      profile.fill(member);
      feedback.info("shop.account.saved");
    } catch (RejectedException e) {
      standing.changed();
      feedback.rejected(e, "profile");
    } catch (TooManyRequestsException e) {
      tooMany(e);
    }
  }

  /** "Download my data": everything the store holds on the member, as a JSON file. */
  public void download() throws IOException {
    String json;
    try {
      json = members.export();
    } catch (RejectedException e) {
      standing.changed();
      feedback.rejected(e, "data");
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    external.setResponseContentType("application/json;charset=UTF-8");
    external.setResponseContentLength(body.length);
    external.setResponseHeader(
        "Content-Disposition", "attachment; filename=\"" + store.getSlug() + "-my-data.json\"");
    external.setResponseHeader("Cache-Control", "private, no-store");
    external.setResponseHeader("Pragma", "no-cache");
    external.getResponseOutputStream().write(body);
    faces.responseComplete();
  }

  public void askToLeave() {
    confirmingLeave = true;
  }

  public void stay() {
    confirmingLeave = false;
  }

  public void leave() {
    try {
      members.leave();
      standing.changed();
      confirmingLeave = false;
      consent = false;
      profile.clear(language.getTag());
      feedback.info("shop.account.left");
    } catch (RejectedException e) {
      standing.changed();
      confirmingLeave = false;
      feedback.rejected(e, "leave");
    }
  }

  /**
   * Sends the person on to the page of this store they came for, if any. Only a path below the
   * store's own pages is followed, so the link cannot lead anywhere else.
   */
  private boolean goOn() throws IOException {
    if (next == null || !NEXT.matcher(next).matches() || next.contains("..")) {
      return false;
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + store.getBasePath() + next);
    FacesContext.getCurrentInstance().responseComplete();
    return true;
  }

  private static final java.util.regex.Pattern NEXT =
      java.util.regex.Pattern.compile("[a-z][a-z/-]*/[A-Za-z0-9._~%-]{1,400}");

  /** The page of the store to go on to after joining, as the link to this page named it. */
  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  /** Too many links or sign-ups: the page says so in the shopper's language, with 429. */
  private void tooMany(TooManyRequestsException e) {
    feedback.error(e.messageKey(), e.retryAfterMinutes());
    var external = FacesContext.getCurrentInstance().getExternalContext();
    external.setResponseStatus(429);
    external.setResponseHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
  }

  /** The store's languages, as tags, for the language a member is written to in. */
  public List<String> getLanguages() {
    return store.getLanguages().stream().map(Locale::toLanguageTag).toList();
  }

  public int getDisplayNameMax() {
    return DisplayName.MAX;
  }

  public Profile getProfile() {
    return profile;
  }

  public boolean isConsent() {
    return consent;
  }

  public void setConsent(boolean consent) {
    this.consent = consent;
  }

  public boolean isLinkSent() {
    return linkSent;
  }

  public boolean isConfirmingLeave() {
    return confirmingLeave;
  }

  /** What a member chooses: the form of the join and profile sections. */
  public static class Profile implements Serializable {

    private static final long serialVersionUID = 1L;

    private String displayName;
    private String language;
    private boolean mailAboutReturns;
    private boolean mailAboutCommunity;
    private boolean mailAboutPoints;

    void fill(MemberView member) {
      displayName = member.displayName();
      language = member.language();
      mailAboutReturns = member.mailAboutReturns();
      mailAboutCommunity = member.mailAboutCommunity();
      mailAboutPoints = member.mailAboutPoints();
    }

    void clear(String pageLanguage) {
      displayName = null;
      language = pageLanguage;
      mailAboutReturns = true;
      mailAboutCommunity = false;
      mailAboutPoints = false;
    }

    MemberDetails details(boolean consent) {
      return new MemberDetails(
          displayName, language, consent, mailAboutReturns, mailAboutCommunity, mailAboutPoints);
    }

    public String getDisplayName() {
      return displayName;
    }

    public void setDisplayName(String displayName) {
      this.displayName = displayName;
    }

    public String getLanguage() {
      return language;
    }

    public void setLanguage(String language) {
      this.language = language;
    }

    public boolean isMailAboutReturns() {
      return mailAboutReturns;
    }

    public void setMailAboutReturns(boolean mailAboutReturns) {
      this.mailAboutReturns = mailAboutReturns;
    }

    public boolean isMailAboutCommunity() {
      return mailAboutCommunity;
    }

    public void setMailAboutCommunity(boolean mailAboutCommunity) {
      this.mailAboutCommunity = mailAboutCommunity;
    }

    public boolean isMailAboutPoints() {
      return mailAboutPoints;
    }

    public void setMailAboutPoints(boolean mailAboutPoints) {
      this.mailAboutPoints = mailAboutPoints;
    }
  }
}
