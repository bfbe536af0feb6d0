package org.dec4j.weka;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A column's values while a file is read, when the number of rows is not yet known: arrays added as the column
 * fills, so that nothing is copied while reading. The first chunks are small ({@value #FIRST} values, each as long
 * as all before it) and the rest {@value #SIZE} values long, so a table of one row stays small and a column never
 * holds more than one part-filled chunk spare. {@link #toArray} joins them into one array, letting go of each chunk
 * once copied, so the data are in memory about once (plus one column) even then.
 *
 * @param <A> the array type: double[], int[] or String[]
 */
final class Chunks<A> {
  /** Values per chunk: 4,096 (32 KB of doubles), small beside a column of many rows, many beside a few. */
  static final int SIZE = 1 << 12;
  /** Values in the first chunk. */
  static final int FIRST = 16;

  private final IntFunction<A> create;
  private final List<A> chunks = new ArrayList<>();
  private A current;
  private int capacity;
  private int used;
  private int size;

  /** @param create makes an array of a given length, e.g. {@code double[]::new} */
  Chunks(IntFunction<A> create) {
    this.create = create;
  }

  /**
   * Claims the next slot: write the value to {@code current()[slot]} before claiming another.
   *
   * @return its index in {@link #current()}
   */
  int claim() {
    if (used == capacity) {
      capacity = Math.min(SIZE, Math.max(FIRST, size));
      current = create.apply(capacity);
      chunks.add(current);
      used = 0;
    }
    size++;
    return used++;
  }

  /** @return the chunk that holds the slot last claimed */
  A current() {
    return current;
  }

  /** @return the number of values claimed */
  int size() {
    return size;
  }

  /**
   * Joins the chunks into one array and empties this.
   *
   * @return every value claimed, in order
   */
  A toArray() {
    A out = create.apply(size);
    int at = 0;
    for (int c = 0; c < chunks.size(); c++) {
      int n = Math.min(Array.getLength(chunks.get(c)), size - at);
      System.arraycopy(chunks.get(c), 0, out, at, n);
      chunks.set(c, null);
      at += n;
    }
    chunks.clear();
    current = null;
    capacity = 0;
    used = 0;
    size = 0;
    return out;
  }
}
