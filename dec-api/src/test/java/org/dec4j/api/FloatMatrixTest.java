package org.dec4j.api;

import org.dec4j.api.data.FloatMatrix;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FloatMatrixTest {
  @Test
  void copiesItsInputAndGivesCopies() {
    float[] a = { 1, 2, 3, 4, 5, 6 };
    FloatMatrix m = FloatMatrix.of(2, 3, a);
    a[0] = 99;
    assertEquals(1, m.get(0, 0));
    m.toArray()[1] = 99;
    assertEquals(2, m.get(0, 1));
    assertArrayEquals(new float[] { 4, 5, 6 }, m.row(1));
    assertEquals(List.of("c0", "c1", "c2"), m.columnNames());
  }

  @Test
  void requireFiniteNamesRowAndColumn() {
    FloatMatrix m = FloatMatrix.of(2, 2, new float[] { 1, 2, 3, Float.POSITIVE_INFINITY }, List.of("a", "b"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, m::requireFinite);
    assertTrue(e.getMessage().contains("row 1, column 2 ('b')"), e.getMessage());
  }

  @Test
  void rejectsWrongShapes() {
    assertThrows(IllegalArgumentException.class, () -> FloatMatrix.of(2, 2, new float[3]));
    assertThrows(IllegalArgumentException.class, () -> FloatMatrix.of(new double[][] { { 1, 2 }, { 3 } }));
    assertThrows(IllegalArgumentException.class, () -> FloatMatrix.of(1, 2, new float[2], List.of("a")));
  }

  @Test
  void selectsRows() {
    FloatMatrix m = FloatMatrix.of(new double[][] { { 1, 2 }, { 3, 4 }, { 5, 6 } });
    assertArrayEquals(new float[] { 5, 6, 1, 2 }, m.selectRows(new int[] { 2, 0 }).toArray());
  }
}
