package org.dec4j.engine.model;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.dec4j.api.engine.Engines;
import org.dec4j.api.model.ClusterModel;
import org.dec4j.api.model.FitResult;
import org.dec4j.api.model.ModelArchive;
import org.dec4j.api.model.ModelFormatException;
import org.dec4j.engine.Blobs;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Heads in saved models: a model written before heads existed reads as Student's t; a wrong head is refused. */
class ClusterHeadTest {
  @Test
  void modelWithoutAHeadReadsAsStudentT() throws Exception {
    FitResult fit = Engines.get("dec").fit(Blobs.data(), Blobs.K, Blobs.smallConfig().build());
    ModelArchive a = archive(fit.model());
    JsonObject header = JsonParser.parseString(a.headerJson()).getAsJsonObject();
    assertTrue(header.has("head"));
    header.remove("head");
    ClusterModel old = DecModelCodec.read(rewrite(a, header));
    assertArrayEquals(fit.model().softAssignments(Blobs.data()).toArray(), old.softAssignments(Blobs.data())
        .toArray(), 0f);
    assertTrue(old.toString().contains("STUDENT_T"), old.toString());
  }

  @Test
  void softmaxHeadOnANetworkWithoutKOutputsIsRefused() throws Exception {
    FitResult fit = Engines.get("dec").fit(Blobs.data(), 2, Blobs.smallConfig().build());
    ModelArchive a = archive(fit.model());
    JsonObject header = JsonParser.parseString(a.headerJson()).getAsJsonObject();
    JsonObject head = new JsonObject();
    head.addProperty("kind", "SOFTMAX");
    header.add("head", head);
    ModelFormatException e = assertThrows(ModelFormatException.class, () -> DecModelCodec.read(rewrite(a, header)));
    assertTrue(e.getMessage().contains("softmax head needs 2 network outputs"), e.getMessage());
  }

  private static ModelArchive archive(ClusterModel m) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.writeTo(out);
    return ModelArchive.read(new ByteArrayInputStream(out.toByteArray()));
  }

  private static ModelArchive rewrite(ModelArchive a, JsonObject header) throws Exception {
    return ModelArchive.create(a.engine(), a.formatVersion(), header.toString()).with(DecModelCodec.WEIGHTS,
        a.entry(DecModelCodec.WEIGHTS));
  }
}
