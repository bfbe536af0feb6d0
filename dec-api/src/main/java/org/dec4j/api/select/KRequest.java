package org.dec4j.api.select;

import org.dec4j.api.engine.ClusteringEngine;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The number of clusters a user asked for: one K, or candidates to choose among ({@link KSelector}) with a number
 * of seeds per candidate. Every front-end reads its own spelling into one of these: the command line's
 * {@code --k 10} or {@code --k 2..15}, Weka's {@code -N 10} or {@code -N -1 -max 15}, ELKI's {@code -dec.k 10} or
 * {@code -dec.k 2,3,4}.
 *
 * @param ks the candidates, sorted, distinct, each at least 2 (one for a fixed K)
 * @param seeds seeds per candidate when choosing (2 or more measure stability)
 */
public record KRequest(int[] ks, int seeds) {
  /** Seeds per K when choosing, unless a user says otherwise. */
  public static final int DEFAULT_SEEDS = 2;
  /** The largest K tried when a front-end chooses without a list. */
  public static final int DEFAULT_MAX = 10;

  /** Validates and copies. */
  public KRequest {
    if (ks == null || ks.length == 0) {
      throw new IllegalArgumentException("no number of clusters given");
    }
    ks = IntStream.of(ks).distinct().sorted().toArray();
    ClusteringEngine.checkK(ks[0], Integer.MAX_VALUE); // the rows are checked when the data come
    if (seeds < 1) {
      throw new IllegalArgumentException("choosing K needs at least one seed per K (got " + seeds + ")");
    }
  }

  @Override
  public int[] ks() {
    return ks.clone();
  }

  /**
   * @param k the number of clusters
   * @return a request for exactly that K
   */
  public static KRequest of(int k) {
    return new KRequest(new int[] { k }, 1);
  }

  /**
   * @param max largest K
   * @param seeds seeds per K
   * @return a choice among 2..max
   */
  public static KRequest upTo(int max, int seeds) {
    if (max < 2) {
      throw new IllegalArgumentException("the largest K to choose among must be at least 2 (got " + max + ")");
    }
    return new KRequest(IntStream.rangeClosed(2, max).toArray(), seeds);
  }

  /**
   * @param spec "10", a range "2..15" or a list "3,5,8"
   * @param seeds seeds per K when several are given
   * @return the request
   * @throws IllegalArgumentException if the text is none of these or a K is below 2
   */
  public static KRequest parse(String spec, int seeds) {
    String s = spec == null ? "" : spec.trim();
    int[] ks;
    try {
      if (s.contains("..")) {
        String[] p = s.split("\\.\\.", -1);
        if (p.length != 2) {
          throw new NumberFormatException(s);
        }
        int from = Integer.parseInt(p[0].trim());
        int to = Integer.parseInt(p[1].trim());
        ks = IntStream.rangeClosed(Math.min(from, to), Math.max(from, to)).toArray();
      } else {
        ks = Arrays.stream(s.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("k must be a number like 10, a range like 2..15 or a list like 3,5,8 (got '"
          + spec + "')");
    }
    return new KRequest(ks, seeds);
  }

  /** @return whether K is to be chosen among several */
  public boolean choosing() {
    return ks.length > 1;
  }

  /** @return the K of a fixed request */
  public int k() {
    if (choosing()) {
      throw new IllegalStateException("K is to be chosen among " + Arrays.toString(ks));
    }
    return ks[0];
  }

  @Override
  public String toString() {
    return choosing() ? "K among " + Arrays.toString(ks) + " (" + seeds + " seeds each)" : "K = " + ks[0];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KRequest r && Arrays.equals(ks, r.ks) && seeds == r.seeds;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(ks) * 31 + seeds;
  }
}
