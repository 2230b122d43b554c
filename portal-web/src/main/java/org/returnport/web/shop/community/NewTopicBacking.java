package org.returnport.web.shop.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.returnport.community.forum.boundary.CategoryView;
import org.returnport.community.forum.boundary.Forum;
import org.returnport.community.forum.boundary.Posting;
import org.returnport.community.forum.boundary.Written;
import org.returnport.community.forum.entity.Post;
import org.returnport.community.forum.entity.Topic;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.errors.TooManyRequestsException;
import org.returnport.members.boundary.Standing;
import org.returnport.web.errors.Feedback;
import org.returnport.web.shop.MemberStanding;

/**
 * {@code /s/{slug}/community/new}: a member opens a topic in a section ({@code ?category=} chooses
 * it beforehand). Someone signed in who has not joined the store is sent to join first.
 */
@Named("communityNewTopic")
@RequestScoped
public class NewTopicBacking {

  @Inject Forum forum;

  @Inject Posting posting;

  @Inject Feedback feedback;

  @Inject CommunityLinks links;

  @Inject MemberStanding standing;

  private List<CategoryView> categories;
  private Long categoryId;
  private String title;
  private String markdown;

  public void load() {
    String asked =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("category");
    if (categoryId == null && asked != null && asked.matches("\\d{1,18}")) {
      categoryId = Long.parseLong(asked);
    }
  }

  /** Whether the signed-in person is a member of this store (else the page offers joining). */
  public boolean isMember() {
    return standing.get().state() == Standing.State.MEMBER;
  }

  public List<CategoryView> getCategories() {
    if (categories == null) {
      categories = forum.categories();
    }
    return categories;
  }

  public void post() {
    if (categoryId == null) {
      feedback.rejected(
          new RejectedException("category", "community.forum.category.none"), "topic");
      return;
    }
    try {
      Written written = posting.newTopic(categoryId, title, markdown);
      if (written.state() == Post.State.PENDING) {
        feedback.info("community.forum.held");
      }
      PageAnswers.seeOther(links.to(written.path()));
    } catch (RejectedException e) {
      feedback.rejected(e, "topic");
    } catch (NotFoundException e) {
      feedback.rejected(
          new RejectedException("category", "community.forum.category.none"), "topic");
    } catch (TooManyRequestsException e) {
      feedback.error(e.messageKey(), e.retryAfterMinutes());
      var external = FacesContext.getCurrentInstance().getExternalContext();
      external.setResponseStatus(429);
      external.setResponseHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
    }
  }

  public Long getCategoryId() {
    return categoryId;
  }

  public void setCategoryId(Long categoryId) {
    this.categoryId = categoryId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getMarkdown() {
    return markdown;
  }

  public void setMarkdown(String markdown) {
    this.markdown = markdown;
  }

  public int getTitleMax() {
    return Topic.TITLE_MAX;
  }

  public int getMarkdownMax() {
    return Post.MARKDOWN_MAX;
  }
}
