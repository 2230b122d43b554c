package org.returnport.community.forum.boundary;

import java.util.Locale;
import java.util.Optional;
import org.returnport.community.category.entity.CommunityCategory;
import org.returnport.community.forum.control.Addresses;
import org.returnport.community.forum.control.Slugs;

/**
 * A section of the forum as pages show it: {@code nameEn}/{@code nameZh} are the merchant's names,
 * null for a starter section left unnamed (pages then show the translation of {@code code}).
 */
public record CategoryView(
    long id, String code, String nameEn, String nameZh, int position, String path) {

  private static final int SLUG_MAX = 60;

  static CategoryView of(CommunityCategory category) {
    String slug =
        Slugs.of(
            category.getNameEn() != null ? category.getNameEn() : category.getCode(), SLUG_MAX);
    return new CategoryView(
        category.getId(),
        category.getCode(),
        category.getNameEn(),
        category.getNameZh(),
        category.getPosition(),
        Addresses.category(category.getId(), slug));
  }

  /** The merchant's name in a language ({@code zh...} or else English), if it was named. */
  public Optional<String> nameIn(String languageTag) {
    boolean chinese = languageTag != null && languageTag.toLowerCase(Locale.ROOT).startsWith("zh");
    return Optional.ofNullable(chinese ? nameZh : nameEn);
  }
}
