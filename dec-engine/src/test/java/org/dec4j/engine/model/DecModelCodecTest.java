package org.dec4j.engine.model;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.dec4j.api.config.Settings;
import org.dec4j.api.engine.Engines;
import org.dec4j.api.model.ClusterModel;
import org.dec4j.api.model.FitResult;
import org.dec4j.api.model.ModelArchive;
import org.dec4j.api.model.ModelFormatException;
import org.dec4j.engine.Blobs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Model files: damaged, foreign and newer files are refused with a message; files of format version 1 still read. */
class DecModelCodecTest {
  private static FitResult fit;

  @BeforeAll
  static void fitOnce() {
    fit = Engines.get("idec").fit(Blobs.data(), Blobs.K, Blobs.smallConfig().set(Settings.IDEC_GAMMA, 0.3)
        .set(Settings.MAX_ITER, 40).build());
  }

  @Test
  void damagedForeignOrNewerModelFilesAreRefusedWithAMessage(@TempDir Path dir) throws IOException {
    Path junk = dir.resolve("junk.zip");
    Files.write(junk, "this is not a model".getBytes());
    ModelFormatException e = assertThrows(ModelFormatException.class, () -> Engines.load(junk));
    assertTrue(e.getMessage().contains("not a dec4j model"), e.getMessage());

    ByteArrayOutputStream good = new ByteArrayOutputStream();
    fit.model().writeTo(good);
    byte[] truncated = Arrays.copyOf(good.toByteArray(), good.size() / 2);
    assertThrows(IOException.class, () -> Engines.read(new ByteArrayInputStream(truncated)));

    byte[] future = archive("{\"format\":\"dec4j-model\",\"formatVersion\":99,\"engine\":\"dec\"}");
    e = assertThrows(ModelFormatException.class, () -> Engines.read(new ByteArrayInputStream(future)));
    assertTrue(e.getMessage().contains("format version 99") && e.getMessage().contains("newer dec4j"),
        e.getMessage());

    byte[] otherEngine = archive("{\"format\":\"dec4j-model\",\"formatVersion\":2,\"engine\":\"nosuch\"}");
    e = assertThrows(ModelFormatException.class, () -> Engines.read(new ByteArrayInputStream(otherEngine)));
    assertTrue(e.getMessage().contains("nosuch"), e.getMessage());
  }

  /** Version 1 kept K in the configuration and named the settings in camel case. */
  @Test
  void aModelOfFormatVersionOneReadsWithItsSettingsAndPredictsTheSame() throws Exception {
    ModelArchive a = ModelArchive.read(new ByteArrayInputStream(bytes(fit.model())));
    JsonObject header = JsonParser.parseString(a.headerJson()).getAsJsonObject();
    JsonObject v1 = new JsonObject();
    v1.addProperty("k", Blobs.K);
    v1.add("encoderLayers", JsonParser.parseString("[32, 16, 3]"));
    v1.addProperty("maxIterations", 40);
    v1.addProperty("gamma", 0.3);
    v1.addProperty("pretrainLayerSteps", 60);
    v1.addProperty("pretrainSteps", 100);
    v1.addProperty("batchSize", 32);
    v1.addProperty("updateInterval", 20);
    v1.addProperty("kmeansRestarts", 3);
    v1.addProperty("seed", 7);
    v1.add("imsatHidden", JsonParser.parseString("[64, 64]"));
    header.add("config", v1);
    ModelArchive old = ModelArchive.create("idec", 1, header.toString()).with(DecModelCodec.WEIGHTS,
        a.entry(DecModelCodec.WEIGHTS));
    ClusterModel back = Engines.read(old);
    assertEquals(fit.model().config().toBuilder().set(Settings.IMSAT_HIDDEN, Settings.IMSAT_HIDDEN.defaultValue())
        .set(Settings.IMSAT_LR, Settings.IMSAT_LR.defaultValue()).build(), back.config(),
        "camel-case names of version 1 map to today's; unknown ones are dropped");
    assertEquals(Blobs.K, back.k());
    assertArrayEquals(fit.labels(), back.assign(Blobs.data()));
  }

  private static byte[] bytes(ClusterModel m) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.writeTo(out);
    return out.toByteArray();
  }

  private static byte[] archive(String header) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(b)) {
      z.putNextEntry(new ZipEntry("dec4j-model.json"));
      z.write(header.getBytes());
      z.closeEntry();
    }
    return b.toByteArray();
  }
}
