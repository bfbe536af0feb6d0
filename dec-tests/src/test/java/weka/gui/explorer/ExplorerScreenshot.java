package weka.gui.explorer;

import weka.clusterers.Clusterer;
import weka.core.Instances;
import weka.core.Utils;
import weka.core.WekaPackageManager;
import weka.core.converters.ConverterUtils.DataSource;

import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;

/**
 * Documentation tool (not a test): opens Weka's Explorer (under Xvfb), loads a data set, chooses DEC in the
 * Cluster tab with classes-to-clusters evaluation, presses Start, waits for the result and saves a PNG of the
 * window. It sits in Weka's package only to reach the panel's protected fields.
 *
 * <pre>xvfb-run -s "-screen 0 1400x1000x24" java -cp ... weka.gui.explorer.ExplorerScreenshot data.arff out.png "-N 10 ..."</pre>
 */
public final class ExplorerScreenshot {
  private ExplorerScreenshot() {
  }

  /**
   * @param args data file, output PNG, DEC options
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    WekaPackageManager.loadPackages(false, false, true);
    Instances data = new DataSource(args[0]).getDataSet();
    data.setClassIndex(data.numAttributes() - 1);
    Clusterer dec = (Clusterer) Utils.forName(Clusterer.class, "weka.clusterers.DEC", Utils.splitOptions(args[2]));
    Explorer[] explorer = new Explorer[1];
    JFrame[] frame = new JFrame[1];
    SwingUtilities.invokeAndWait(() -> {
      explorer[0] = new Explorer();
      frame[0] = new JFrame("Weka Explorer");
      frame[0].getContentPane().add(explorer[0]);
      frame[0].setSize(1300, 900);
      frame[0].setVisible(true);
      explorer[0].getPreprocessPanel().setInstances(data);
    });
    Thread.sleep(2000);
    ClustererPanel[] panel = new ClustererPanel[1];
    SwingUtilities.invokeAndWait(() -> {
      for (Explorer.ExplorerPanel p : explorer[0].getPanels()) {
        if (p instanceof ClustererPanel) {
          panel[0] = (ClustererPanel) p;
        }
      }
      explorer[0].getTabbedPane().setSelectedComponent(panel[0]);
      panel[0].m_ClustererEditor.setValue(dec);
      panel[0].m_ClassesToClustersBut.doClick();
    });
    Thread.sleep(1000);
    SwingUtilities.invokeAndWait(() -> panel[0].m_StartBut.doClick());
    Thread.sleep(3000);
    while (!panel[0].m_StartBut.isEnabled()) {
      Thread.sleep(1000);
    }
    Thread.sleep(2000);
    BufferedImage img = new BufferedImage(frame[0].getWidth(), frame[0].getHeight(), BufferedImage.TYPE_INT_RGB);
    SwingUtilities.invokeAndWait(() -> frame[0].paint(img.getGraphics()));
    ImageIO.write(img, "png", new File(args[1]));
    System.out.println("saved " + args[1]);
    System.exit(0);
  }
}
