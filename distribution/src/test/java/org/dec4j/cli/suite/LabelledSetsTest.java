package org.dec4j.cli.suite;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which files of a folder are labelled data sets, with which class column and K, in which order. */
class LabelledSetsTest {
  @TempDir
  Path dir;

  private void arff(String file, String lastAttribute, String... rows) throws IOException {
    String text = "@relation t\n@attribute x numeric\n@attribute " + lastAttribute + "\n@data\n"
        + String.join("\n", rows) + "\n";
    Path p = dir.resolve(file);
    if (file.endsWith(".gz")) {
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
        out.write(text.getBytes(StandardCharsets.UTF_8));
      }
    } else {
      Files.writeString(p, text);
    }
  }

  private void folder() throws IOException {
    arff("big.arff", "kind {p,q,r}", "1,p", "2,q", "3,p", "4,q");
    arff("small.arff.gz", "label {u,v}", "1,u", "2,v", "3,?");
    arff("unlabelled.arff", "y numeric", "1,2", "3,4");
    arff("single.arff", "c {a,b}", "1,a", "2,a");
    Files.writeString(dir.resolve("notes.txt"), "not data");
  }

  @Test
  void theLastNominalAttributeIsTheClassAndKCountsTheLevelsThatOccur() throws IOException {
    folder();
    List<String> skipped = new ArrayList<>();
    List<LabelledSet> sets = LabelledSets.find(dir, null, skipped::add);
    assertEquals(List.of("small", "big"), sets.stream().map(LabelledSet::name).toList(), "fewest rows first");
    assertEquals("label", sets.get(0).classColumn());
    assertEquals(2, sets.get(0).k());
    assertEquals("kind", sets.get(1).classColumn());
    assertEquals(2, sets.get(1).k(), "r is declared but no row has it");
    assertEquals(2, skipped.size(), skipped.toString());
    assertTrue(skipped.get(0).contains("single.arff") && skipped.get(0).contains("1 class"), skipped.get(0));
    assertTrue(skipped.get(1).contains("unlabelled.arff") && skipped.get(1).contains("numeric"), skipped.get(1));
  }

  @Test
  void onlyReadsTheNamedSetsAndRefusesAnUnknownName() throws IOException {
    folder();
    List<String> skipped = new ArrayList<>();
    assertEquals(List.of("big"), LabelledSets.find(dir, List.of("big"), skipped::add).stream()
        .map(LabelledSet::name).toList());
    assertEquals(List.of(), skipped);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LabelledSets.find(dir, List.of("big", "unlabelled"), s -> { }));
    assertTrue(e.getMessage().contains("unlabelled"), e.getMessage());
  }

  @Test
  void aFolderWithoutLabelledSetsIsRefused() throws IOException {
    arff("unlabelled.arff", "y numeric", "1,2");
    assertThrows(IllegalArgumentException.class, () -> LabelledSets.find(dir, null, s -> { }));
    assertThrows(java.nio.file.NoSuchFileException.class, () -> LabelledSets.find(dir.resolve("none"), null,
        s -> { }));
  }
}
