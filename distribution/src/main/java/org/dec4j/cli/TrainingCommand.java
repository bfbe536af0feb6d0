package org.dec4j.cli;

import java.util.concurrent.Callable;

/**
 * A command that trains: its options include every setting ({@link SettingOptions}, added by
 * {@link SettingOptions#install}), and it reads the configuration they describe from {@link #settings()}.
 */
abstract class TrainingCommand implements Callable<Integer> {
  private final SettingOptions settings = new SettingOptions();

  /** @return the command's settings */
  final SettingOptions settings() {
    return settings;
  }
}
