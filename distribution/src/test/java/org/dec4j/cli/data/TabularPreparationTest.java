package org.dec4j.cli.data;

import org.dec4j.api.config.MissingValues;
import org.dec4j.api.config.Scaling;
import org.dec4j.api.config.Tails;
import org.dec4j.api.data.ColumnPrep;
import org.dec4j.api.data.Preparation;
import org.dec4j.api.data.PreparedData;
import org.dec4j.api.data.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TabularPreparationTest {
  @TempDir
  Path dir;

  private Table arff(String body) throws IOException {
    Path p = dir.resolve("t" + System.nanoTime() + ".arff");
    Files.writeString(p, "@relation t\n@attribute amount numeric\n@attribute colour {red,green,blue}\n"
        + "@attribute class {x,y}\n@data\n" + body);
    return TableReader.read(p);
  }

  private static final String ROWS = "1,red,x\n2,green,x\n3,?,y\n4,blue,y\n?,red,x\n5,green,y\n6,blue,x\n"
      + "7,red,y\n8,green,x\n1000,blue,y\n";

  @Test
  void nominalIsOneHotMissingIsItsOwnLevelAndNumbersGetTheMedian() throws IOException {
    Table raw = arff(ROWS);
    Preparation s = Preparation.fit(raw, "class", MissingValues.IMPUTE, Tails.KEEP, Scaling.AUTO);
    assertEquals(List.of("amount", "colour=red", "colour=green", "colour=blue", "colour=?"), s.features());
    PreparedData d = s.apply(raw);
    assertEquals(5.0, d.features().get(4, 0), 1e-6, "median of 1..8 and 1000");
    assertEquals(1.0, d.features().get(2, 4), 0.0, "missing colour is its own level");
    assertEquals(0.0, d.features().get(2, 1) + d.features().get(2, 2) + d.features().get(2, 3), 0.0);
    assertEquals(1.0, d.features().get(3, 3), 0.0, "blue");
    assertEquals(1000.0, d.features().get(9, 0), 1e-3, "kept");
    assertTrue(d.notes().stream().anyMatch(n -> n.contains("colour") && n.contains("1 missing imputed")),
        d.notes().toString());
  }

  @Test
  void heavyTailsAreClippedToTheFarOutFencesWhenScalingIsPerColumn() throws IOException {
    Table raw = arff(ROWS);
    Preparation s = Preparation.fit(raw, "class", MissingValues.IMPUTE, Tails.CLIP, Scaling.AUTO);
    ColumnPrep amount = s.columns().get(0);
    // values 1..8, 1000: q1 = 3, q3 = 7 (linear interpolation), IQR 4, upper fence 7 + 12 = 19
    assertEquals(19.0, amount.clipHigh(), 1e-9);
    assertEquals(Double.NEGATIVE_INFINITY, amount.clipLow());
    assertEquals(19.0, s.apply(raw).features().get(9, 0), 1e-6);
    Preparation pixels = Preparation.fit(raw, "class", MissingValues.IMPUTE, Tails.CLIP, Scaling.GLOBAL_MAX);
    assertTrue(!pixels.columns().get(0).clipped(), "no clipping under one global factor");
  }

  @Test
  void missingValuesAreRefusedOnRequestNamingRowAndColumn() throws IOException {
    Table raw = arff(ROWS);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Preparation.fit(raw, "class", MissingValues.ERROR, Tails.CLIP, Scaling.AUTO));
    assertTrue(e.getMessage().contains("row 4, column 'amount' is missing"), e.getMessage());
  }

  @Test
  void schemaSurvivesJsonWithInfiniteBounds() throws IOException {
    Preparation s = Preparation.fit(arff(ROWS), "class", MissingValues.IMPUTE, Tails.CLIP, Scaling.AUTO);
    Preparation back = Preparation.fromJson(s.toJson());
    assertEquals(s, back);
    assertEquals(Double.NEGATIVE_INFINITY, back.columns().get(0).clipLow());
  }

  @Test
  void nominalValuesAreMatchedByNameNotByTheirOrderInTheHeader() throws IOException {
    Table train = arff(ROWS);
    Preparation s = Preparation.fit(train, "class", MissingValues.IMPUTE, Tails.CLIP, Scaling.AUTO);
    Path p = dir.resolve("other.arff");
    Files.writeString(p, "@relation t\n@attribute colour {blue,purple,red,green}\n@attribute class {y,x}\n"
        + "@attribute amount numeric\n@data\nred,x,1\npurple,y,2\nblue,y,3\n");
    PreparedData d = s.apply(TableReader.read(p));
    assertEquals(1.0, d.features().get(0, 1), 0.0, "red");
    assertEquals(1.0, d.features().get(2, 3), 0.0, "blue");
    float unseen = 0;
    for (int f = 1; f < 5; f++) {
      unseen += d.features().get(1, f);
    }
    assertEquals(0.0, unseen, 0.0, "a level not seen in training sets none of the column's features");
    assertTrue(d.notes().stream().anyMatch(n -> n.contains("not seen in training")), d.notes().toString());
  }
}
