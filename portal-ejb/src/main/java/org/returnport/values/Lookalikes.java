package org.returnport.values;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * The text rules behind {@link OrderNumber} and {@link EmailAddress}: compatibility forms
 * (full-width letters, ligatures), case, and letters of other scripts that look like Latin ones.
 * Typed text is told apart only where it really differs, so that nobody can count as someone new by
 * typing the same thing differently.
 */
final class Lookalikes {

  /**
   * Letters that are drawn like a Latin letter in common fonts, after case folding: the usual
   * Cyrillic and Greek ones (UTS #39's confusables for these scripts), dotless i, and the digits
   * that pass for letters. Enough for the look-alikes people type or paste, not the whole table.
   */
  private static final Map<Integer, String> SKELETON =
      Map.ofEntries(
          Map.entry((int) 'а', "a"),
          Map.entry((int) 'в', "b"),
          Map.entry((int) 'с', "c"),
          Map.entry((int) 'ԁ', "d"),
          Map.entry((int) 'е', "e"),
          Map.entry((int) 'ё', "e"),
          Map.entry((int) 'һ', "h"),
          Map.entry((int) 'і', "i"),
          Map.entry((int) 'ї', "i"),
          Map.entry((int) 'ј', "j"),
          Map.entry((int) 'к', "k"),
          Map.entry((int) 'м', "m"),
          Map.entry((int) 'н', "h"),
          Map.entry((int) 'о', "o"),
          Map.entry((int) 'р', "p"),
          Map.entry((int) 'ԛ', "q"),
          Map.entry((int) 'ѕ', "s"),
          Map.entry((int) 'т', "t"),
          Map.entry((int) 'у', "y"),
          Map.entry((int) 'ԝ', "w"),
          Map.entry((int) 'х', "x"),
          Map.entry((int) 'α', "a"),
          Map.entry((int) 'β', "b"),
          Map.entry((int) 'ε', "e"),
          Map.entry((int) 'η', "n"),
          Map.entry((int) 'ι', "i"),
          Map.entry((int) 'κ', "k"),
          Map.entry((int) 'ν', "v"),
          Map.entry((int) 'ο', "o"),
          Map.entry((int) 'ρ', "p"),
          Map.entry((int) 'τ', "t"),
          Map.entry((int) 'υ', "u"),
          Map.entry((int) 'χ', "x"),
          Map.entry((int) 'ı', "i"),
          Map.entry((int) 'ɡ', "g"),
          Map.entry((int) '0', "o"),
          Map.entry((int) '1', "l"),
          Map.entry((int) '|', "l"));

  private Lookalikes() {}

  /** Compatibility forms folded (full-width, ligatures, superscripts), outer space removed. */
  static String compatible(String typed) {
    return Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
  }

  /**
   * Case folded as Unicode's full folding does for the letters that matter here ("ß" and "ss",
   * final and medial sigma are one).
   */
  static String folded(String text) {
    return text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT).replace('ς', 'σ');
  }

  /**
   * What the text looks like: accents dropped, look-alike letters replaced by the Latin letter, and
   * "rn" read as "m" and "vv" as "w", as a reader sees them. Two texts with the same skeleton are
   * one for counting, even when they are different addresses.
   */
  static String skeleton(String text) {
    String bare =
        Normalizer.normalize(folded(compatible(text)), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "");
    StringBuilder out = new StringBuilder(bare.length());
    bare.codePoints()
        .forEach(
            c -> {
              String latin = SKELETON.get(c);
              if (latin != null) {
                out.append(latin);
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString().replace("rn", "m").replace("vv", "w");
  }
}
