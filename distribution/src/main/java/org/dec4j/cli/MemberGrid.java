package org.dec4j.cli;

import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.report.ClusterProfiles;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** A PNG grid of each cluster's most typical members, for rows that are images (one row of tiles per cluster). */
final class MemberGrid {
  private MemberGrid() {
  }

  /**
   * @param spec "WxH", or null to take the square root of the number of columns
   * @param cols number of columns
   * @return {width, height}, or null if the rows are not images
   */
  static int[] shape(String spec, int cols) {
    if (spec != null) {
      String[] p = spec.toLowerCase(java.util.Locale.ROOT).split("x");
      int w = Integer.parseInt(p[0].trim());
      int h = Integer.parseInt(p[1].trim());
      if (w * h != cols) {
        throw new IllegalArgumentException("--image " + spec + " has " + (w * h) + " pixels, the rows have " + cols
            + " columns");
      }
      return new int[] { w, h };
    }
    int s = (int) Math.round(Math.sqrt(cols));
    return s * s == cols && s >= 4 ? new int[] { s, s } : null;
  }

  static void write(Path file, FloatMatrix x, ClusterProfiles profiles, int[] shape) throws IOException {
    int w = shape[0];
    int h = shape[1];
    int scale = Math.max(1, 56 / Math.max(w, h));
    int per = profiles.profiles().stream().mapToInt(p -> p.typical().length).max().orElse(0);
    int labelW = 120;
    int tileW = w * scale + 4;
    int tileH = h * scale + 4;
    BufferedImage img = new BufferedImage(labelW + per * tileW, profiles.profiles().size() * tileH,
        BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, img.getWidth(), img.getHeight());
    float min = Float.POSITIVE_INFINITY;
    float max = Float.NEGATIVE_INFINITY;
    for (float v : x.toArray()) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    float range = max > min ? max - min : 1;
    for (ClusterProfiles.Profile p : profiles.profiles()) {
      int y0 = p.cluster() * tileH;
      g.setColor(Color.BLACK);
      g.drawString(String.format(java.util.Locale.ROOT, "cluster %d (%d)", p.cluster(), p.size()), 4, y0 + tileH / 2);
      for (int t = 0; t < p.typical().length; t++) {
        float[] row = x.row(p.typical()[t]);
        int x0 = labelW + t * tileW + 2;
        for (int py = 0; py < h; py++) {
          for (int px = 0; px < w; px++) {
            int v = 255 - Math.round(255 * (row[py * w + px] - min) / range);
            g.setColor(new Color(v, v, v));
            g.fillRect(x0 + px * scale, y0 + 2 + py * scale, scale, scale);
          }
        }
      }
    }
    g.dispose();
    ImageIO.write(img, "png", file.toFile());
  }
}
