package org.dec4j.cli;

import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.data.PreparedData;
import org.dec4j.api.model.ClusterModel;
import org.dec4j.api.pipeline.PreparedModel;
import org.dec4j.api.report.ClusterProfiles;
import org.dec4j.cli.data.TableReader;
import org.dec4j.cli.report.ReportFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code dec inspect}: what is in each cluster of a saved model, on a data file. */
@Command(name = "inspect", mixinStandardHelpOptions = true, sortOptions = false, description = {
    "Prints, per cluster: size and share, mean confidence, the rows most typical of it (highest q), the rows it is"
        + " least sure of,",
    "and the features that set it apart (members' mean against the overall mean, in standard deviations). Flags"
        + " outliers (far from every",
    "centroid in the latent space, or in tiny clusters) in a sortable CSV; for images, a PNG grid of typical"
        + " members." })
final class InspectCommand implements Callable<Integer> {
  @Option(names = "--model", required = true, paramLabel = "FILE", description = "Model saved by 'cluster'.")
  Path model;

  @Option(names = "--input", required = true, paramLabel = "FILE", description = "Data file (.arff, .arff.gz, .csv).")
  Path input;

  @Option(names = "--per-cluster", defaultValue = "8", paramLabel = "N", description = "Typical and uncertain rows"
      + " per cluster (default ${DEFAULT-VALUE}).")
  int perCluster;

  @Option(names = "--report", paramLabel = "DIR", description = "Write inspect.md, clusters.csv, outliers.csv and,"
      + " for images, members.png here.")
  Path report;

  @Option(names = "--image", paramLabel = "WxH", description = "Rows are W x H images (default: when the number of"
      + " columns is a perfect square).")
  String image;

  @Override
  public Integer call() throws Exception {
    OutputPaths.folder("--report", report);
    PreparedModel file = PreparedModel.load(model);
    ClusterModel m = file.model();
    PreparedData data = file.prepare(TableReader.read(input));
    FloatMatrix x = data.features();
    ClusterProfiles profiles = ClusterProfiles.of(x, m.softAssignments(x), m.embed(x), m.centroids(), perCluster, 5);
    RunSummary.data(System.out, input.toString(), data);
    System.out.print(profiles.text(true));
    if (report != null) {
      Files.createDirectories(report);
      writeClusters(report.resolve("clusters.csv"), profiles);
      writeOutliers(report.resolve("outliers.csv"), profiles);
      StringBuilder md = new StringBuilder("# Clusters of " + input.getFileName() + "\n\n```\n" + profiles.text(true)
          + "```\n\nFiles: clusters.csv (one line per cluster), outliers.csv (every row's score, highest first).\n");
      int[] shape = MemberGrid.shape(image, x.cols());
      if (shape != null) {
        MemberGrid.write(report.resolve("members.png"), x, profiles, shape);
        md.append("\n![most typical members of each cluster](members.png)\n");
      }
      ReportFiles.text(report.resolve("inspect.md"), md.toString());
      System.out.println("report written to " + report.resolve("inspect.md"));
    }
    return 0;
  }

  private static void writeClusters(Path file, ClusterProfiles p) throws IOException {
    StringBuilder w = new StringBuilder("cluster,size,share,mean_confidence,typical_rows,uncertain_rows,"
        + "top_features\n");
    for (ClusterProfiles.Profile c : p.profiles()) {
      StringBuilder f = new StringBuilder();
      for (ClusterProfiles.Feature x : c.features()) {
        f.append(String.format(Locale.ROOT, "%s%s:%+.2f", f.length() == 0 ? "" : " ", x.name(), x.z()));
      }
      w.append(String.format(Locale.ROOT, "%d,%d,%.6f,%.6f,\"%s\",\"%s\",\"%s\"%n", c.cluster(), c.size(),
          c.share(), c.meanConfidence(), join(c.typical()), join(c.uncertain()), f));
    }
    ReportFiles.text(file, w.toString());
  }

  private static void writeOutliers(Path file, ClusterProfiles p) throws IOException {
    StringBuilder w = new StringBuilder("row,cluster,confidence,score,far_from_centroids,in_tiny_cluster\n");
    for (ClusterProfiles.Outlier o : p.outliers()) {
      w.append(String.format(Locale.ROOT, "%d,%d,%.6f,%.6f,%b,%b%n", o.row(), o.cluster(), o.confidence(),
          o.distance(), o.far(), o.tinyCluster()));
    }
    ReportFiles.text(file, w.toString());
  }

  private static String join(int[] rows) {
    StringBuilder b = new StringBuilder();
    for (int r : rows) {
      b.append(b.length() == 0 ? "" : " ").append(r);
    }
    return b.toString();
  }
}
