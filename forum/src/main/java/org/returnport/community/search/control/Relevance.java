package org.returnport.community.search.control;

/**
 * How results are ordered, written down once (README.md "Search design" repeats it):
 *
 * <pre>
 * score(d)  = bm25(d) × recency(d)
 * bm25(d)   = Σ over the question's terms t of  idf(t) × f(t,d) × (k1 + 1) / (f(t,d) + k1 × (1 − b + b × len(d) / avglen))
 * idf(t)    = ln(1 + (N − df(t) + 0.5) / (df(t) + 0.5))
 * recency(d) = 1 + R / (1 + ageInDays(d) / H)
 * </pre>
 *
 * with f the term's weighted frequency in the document (title ×3), len the document's length in
 * terms, N the store's number of documents, df the number of them holding the term, k1 = 1.2, b =
 * 0.75 (the usual BM25 constants), R = 0.5 and H = 30: a document of today counts half as much
 * again as an equally relevant one from long ago, one of a month ago a quarter. Equal scores go
 * newest first.
 */
public final class Relevance {

  static final double K1 = 1.2;
  static final double B = 0.75;

  /** How much more a document of today counts than an equally relevant old one. */
  public static final double RECENCY = 0.5;

  /** After how many days a document has lost half of its recency boost. */
  public static final double HALF_LIFE_DAYS = 30;

  private Relevance() {}

  /** The weight of one occurrence pattern of a term: idf(t) × (k1 + 1). */
  public static double termWeight(long documents, long documentFrequency) {
    double idf = Math.log(1 + (documents - documentFrequency + 0.5) / (documentFrequency + 0.5));
    return idf * (K1 + 1);
  }

  /** The constant part of the length normalisation: k1 × (1 − b). */
  public static double lengthBase() {
    return K1 * (1 - B);
  }

  /** The per-term-of-length part of the length normalisation: k1 × b / avglen. */
  public static double lengthFactor(double averageLength) {
    return K1 * B / Math.max(1, averageLength);
  }

  /** The whole score, as the query computes it; for tests and for the API's readers. */
  public static double score(
      double[] weights, int[] frequencies, int length, double averageLength, double ageInDays) {
    double bm25 = 0;
    for (int i = 0; i < weights.length; i++) {
      bm25 +=
          weights[i]
              * frequencies[i]
              / (frequencies[i] + lengthBase() + lengthFactor(averageLength) * length);
    }
    return bm25 * (1 + RECENCY / (1 + ageInDays / HALF_LIFE_DAYS));
  }
}
