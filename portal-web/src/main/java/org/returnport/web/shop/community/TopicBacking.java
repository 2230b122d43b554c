package org.returnport.web.shop.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.returnport.community.content.ContentKind;
import org.returnport.community.content.ContentRef;
import org.returnport.community.forum.boundary.Forum;
import org.returnport.community.forum.boundary.Posting;
import org.returnport.community.forum.boundary.QuotedPost;
import org.returnport.community.forum.boundary.TopicPage;
import org.returnport.community.forum.boundary.Written;
import org.returnport.community.forum.control.Quotes;
import org.returnport.community.forum.entity.Post;
import org.returnport.community.moderation.boundary.Flags;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.errors.TooManyRequestsException;
import org.returnport.web.errors.Feedback;

/**
 * {@code /s/{slug}/community/t/{id}-{slug}?page=N}: a page of a topic. Guests read; joined members
 * reply (quoting a post with {@code ?quote=}), mark posts helpful, follow the topic and flag posts;
 * staff pin and lock. The bean lives for one request: a form posts back to the topic's address with
 * its page, and every change ends in a redirect to the page that shows it.
 */
@Named("communityTopic")
@RequestScoped
public class TopicBacking {

  @Inject Forum forum;

  @Inject Posting posting;

  @Inject Flags flags;

  @Inject Feedback feedback;

  @Inject CommunityLinks links;

  private TopicPage page;
  private boolean missing;
  private String markdown;
  private Flags.Reason flagReason = Flags.Reason.SPAM;

  /** On opening the page: not found, or moved to its right address, or a quote to start from. */
  public void load() {
    if (getPage() == null) {
      PageAnswers.notFound();
      return;
    }
    if (!PageAnswers.asked(page.topic().path())) {
      PageAnswers.movedTo(links.to(page.pagePath(page.window().page())));
      return;
    }
    String quote =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("quote");
    if (quote != null && quote.matches("\\d{1,18}") && page.isMember()) {
      try {
        QuotedPost quoted = forum.quotable(Long.parseLong(quote));
        if (quoted.topicId() == page.topic().id()) {
          String path = quoted.path();
          markdown =
              Quotes.of(
                  quoted.authorName(),
                  path.substring(path.lastIndexOf('/') + 1),
                  quoted.markdown());
        }
      } catch (NotFoundException e) {
        markdown = null;
      }
    }
  }

  public TopicPage getPage() {
    if (page == null && !missing) {
      var named = PageAnswers.named();
      try {
        page = named.isEmpty() ? null : forum.topic(named.get().id(), PageAnswers.page());
      } catch (NotFoundException e) {
        page = null;
      }
      missing = page == null;
    }
    return page;
  }

  public void reply() {
    try {
      Written written = posting.reply(getPage().topic().id(), markdown, null);
      if (written.state() == Post.State.PENDING) {
        feedback.info("community.forum.held");
      }
      PageAnswers.seeOther(links.to(written.path()));
    } catch (RejectedException e) {
      feedback.rejected(e, "reply");
    } catch (TooManyRequestsException e) {
      tooMany(e);
    } catch (NotFoundException e) {
      PageAnswers.notFound();
    }
  }

  public void helpful(long postId) {
    try {
      posting.markHelpful(postId);
      back(postId);
    } catch (RejectedException e) {
      feedback.rejected(e, null);
    } catch (NotFoundException e) {
      PageAnswers.notFound();
    }
  }

  public void follow(boolean follow) {
    posting.subscribe(getPage().topic().id(), follow);
    feedback.info(follow ? "community.forum.followed" : "community.forum.unfollowed");
    back(0);
  }

  public void pin(boolean pinned) {
    posting.pin(getPage().topic().id(), pinned);
    back(0);
  }

  public void lock(boolean locked) {
    posting.lock(getPage().topic().id(), locked);
    back(0);
  }

  public void flag(long postId) {
    try {
      flags.flag(new ContentRef(ContentKind.POST, postId), flagReason, null);
      feedback.info("community.forum.flagged");
      back(postId);
    } catch (RejectedException e) {
      feedback.rejected(e, null);
    } catch (TooManyRequestsException e) {
      tooMany(e);
    }
  }

  private void back(long postId) {
    String anchor = "";
    for (var post : page.posts()) {
      if (post.id() == postId) {
        anchor = "#p" + post.number();
      }
    }
    PageAnswers.seeOther(links.to(page.pagePath(page.window().page())) + anchor);
  }

  private void tooMany(TooManyRequestsException e) {
    feedback.error(e.messageKey(), e.retryAfterMinutes());
    var external = FacesContext.getCurrentInstance().getExternalContext();
    external.setResponseStatus(429);
    external.setResponseHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
  }

  /** The topic's address, for canonical links: its first page, or the page shown. */
  public String getCanonicalPath() {
    return page.pagePath(page.window().page());
  }

  public String getMarkdown() {
    return markdown;
  }

  public void setMarkdown(String markdown) {
    this.markdown = markdown;
  }

  public Flags.Reason getFlagReason() {
    return flagReason;
  }

  public void setFlagReason(Flags.Reason flagReason) {
    this.flagReason = flagReason;
  }

  public Flags.Reason[] getFlagReasons() {
    return Flags.Reason.values();
  }

  public int getMarkdownMax() {
    return Post.MARKDOWN_MAX;
  }
}
