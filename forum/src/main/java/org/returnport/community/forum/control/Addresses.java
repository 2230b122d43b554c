package org.returnport.community.forum.control;

import java.util.Optional;

/**
 * The forum's addresses below a store's pages, and the reading of the {@code {id}-{slug}} part of a
 * category's or topic's address. Page 1 has no page parameter, so each page has one address.
 */
public final class Addresses {

  public static final String HOME = "community";

  private Addresses() {}

  /** The id and slug an address names; the slug may be wrong or missing (then it redirects). */
  public record Named(long id, String slug) {}

  public static Optional<Named> parse(String rest) {
    if (rest == null || rest.isEmpty()) {
      return Optional.empty();
    }
    String part = rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest;
    int dash = part.indexOf('-');
    String digits = dash < 0 ? part : part.substring(0, dash);
    if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    return Optional.of(new Named(Long.parseLong(digits), dash < 0 ? "" : part.substring(dash + 1)));
  }

  public static String category(long id, String slug) {
    return HOME + "/c/" + named(id, slug);
  }

  public static String topic(long id, String slug) {
    return HOME + "/t/" + named(id, slug);
  }

  /** A topic's page: the first page has no parameter. */
  public static String topicPage(long id, String slug, int page) {
    return topic(id, slug) + (page > 1 ? "?page=" + page : "");
  }

  /** One post, on its page of the topic, by its anchor ({@code #p12}). */
  public static String post(long id, String slug, int number) {
    return topicPage(id, slug, PageWindow.pageOf(number)) + "#p" + number;
  }

  private static String named(long id, String slug) {
    return slug == null || slug.isEmpty() ? Long.toString(id) : id + "-" + slug;
  }
}
