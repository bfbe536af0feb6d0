package org.dec4j.tests;

import weka.core.PluginManager;
import weka.core.WekaPackageManager;
import weka.gui.GenericObjectEditor;

/** Prints the clusterers Weka's GenericObjectEditor offers after loading packages (what the Explorer shows). */
public final class ListClusterers {
  private ListClusterers() {
  }

  /**
   * @param args none
   */
  public static void main(String[] args) {
    WekaPackageManager.loadPackages(false, false, true);
    GenericObjectEditor.determineClasses();
    for (String c : PluginManager.getPluginNamesOfType("weka.clusterers.Clusterer")) {
      System.out.println(c);
    }
  }
}
