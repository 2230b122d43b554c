package org.returnport.community.forum.control;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code @names} a post mentions, as typed: an {@code @} at the start or after a space or an
 * opening bracket (so that e-mail addresses are no mentions), then letters, digits, {@code _},
 * {@code .} or {@code -} (a trailing full stop ends the sentence, not the name). Names inside code
 * ({@code `...`}) are not mentions. Each name once, in the order written.
 */
public final class Mentions {

  private static final Pattern CODE = Pattern.compile("```[\\s\\S]*?```|`[^`\\n]*`");
  private static final Pattern MENTION =
      Pattern.compile("(?<=^|[\\s(\\[>\"'，。：；（])@([\\p{L}\\p{N}_][\\p{L}\\p{N}_.\\-]*)");

  private Mentions() {}

  /** The names the renderer found, then any more the text holds, each once. */
  public static List<String> of(String markdown, List<String> rendered) {
    Set<String> names = new LinkedHashSet<>(rendered);
    names.addAll(in(markdown));
    return List.copyOf(names);
  }

  public static List<String> in(String markdown) {
    if (markdown == null) {
      return List.of();
    }
    String text = CODE.matcher(markdown).replaceAll(" ");
    Set<String> names = new LinkedHashSet<>();
    Matcher matcher = MENTION.matcher(text);
    while (matcher.find()) {
      String name = matcher.group(1).replaceAll("[.\\-]+$", "");
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return List.copyOf(names);
  }
}
