package org.returnport.it.community.forum;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.returnport.community.forum.PostPublished;

/** Answers, for the tests, the PostPublished events seen for a post: how many, whom they named. */
@WebServlet("/it/forum/published")
public class ForumProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    var events = PublishedPosts.of(Long.parseLong(request.getParameter("post")));
    JsonArrayBuilder mentioned = Json.createArrayBuilder();
    events.stream()
        .map(PostPublished::mentionedMemberIds)
        .flatMap(java.util.List::stream)
        .forEach(mentioned::add);
    response.setContentType("application/json");
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("count", events.size())
                .add("mentioned", mentioned)
                .build()
                .toString());
  }
}
