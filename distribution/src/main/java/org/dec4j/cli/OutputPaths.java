package org.dec4j.cli;

import org.dec4j.api.pipeline.PreparedModel;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files a command writes: checked before any training ({@link #file}, {@link #folder}), so that a path that
 * cannot be written is refused in one line naming the option before minutes of work; and written after it
 * ({@link #write}, {@link #saveModel}) so that one failed write does not stop the others, a model that cannot be
 * saved where asked is saved in the temporary folder instead, and every failure is said at the end.
 */
final class OutputPaths {
  /** Writes one output. */
  @FunctionalInterface
  interface Write {
    /** @throws IOException on write errors */
    void run() throws IOException;
  }

  private final PrintStream out;
  private final List<String> failures = new ArrayList<>();

  /** @param out where to say what was written */
  OutputPaths(PrintStream out) {
    this.out = out;
  }

  /**
   * @param option the option that gave the path
   * @param file a file to be written, or null
   * @throws IllegalArgumentException if it is a folder, or its folder cannot be made or written in
   */
  static void file(String option, Path file) {
    if (file == null) {
      return;
    }
    if (Files.isDirectory(file)) {
      throw new IllegalArgumentException(option + " " + file + ": is a folder; give the name of a file");
    }
    writableFolder(option, file, file.toAbsolutePath().getParent());
  }

  /**
   * @param option the option that gave the path
   * @param dir a folder to write files in, or null
   * @throws IllegalArgumentException if it is a file, or cannot be made or written in
   */
  static void folder(String option, Path dir) {
    if (dir == null) {
      return;
    }
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new IllegalArgumentException(option + " " + dir + ": is a file; give the name of a folder");
    }
    writableFolder(option, dir, dir.toAbsolutePath());
  }

  /** The folder, or its nearest existing parent (where the missing ones will be made), must be a writable folder. */
  private static void writableFolder(String option, Path given, Path dir) {
    Path d = dir;
    while (d != null && !Files.exists(d)) {
      d = d.getParent();
    }
    if (d == null) {
      throw new IllegalArgumentException(option + " " + given + ": no folder of it exists");
    }
    if (!Files.isDirectory(d)) {
      throw new IllegalArgumentException(option + " " + given + ": " + d + " is a file, not a folder");
    }
    if (!Files.isWritable(d)) {
      throw new IllegalArgumentException(option + " " + given + ": the folder " + d + " is not writable");
    }
  }

  /**
   * Writes one output; a failure is kept for {@link #finish} and the next outputs are still written.
   *
   * @param option the option that gave the path
   * @param path the path
   * @param write the write
   * @param done what to say when written
   */
  void write(String option, Path path, Write write, String done) {
    try {
      write.run();
      out.println(done);
    } catch (IOException | RuntimeException e) {
      failures.add(option + " " + path + ": not written (" + reason(e) + ")");
    }
  }

  /**
   * Saves a model; where that fails, in the temporary folder instead.
   *
   * @param file where asked
   * @param model the model
   */
  void saveModel(Path file, PreparedModel model) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      model.save(file);
      out.println("model saved to " + file);
    } catch (IOException | RuntimeException e) {
      String failure = "--save-model " + file + ": not written (" + reason(e) + ")";
      try {
        Path instead = Files.createTempFile("dec-model-", ".zip");
        model.save(instead);
        failure += "; the model is saved in " + instead + " instead";
      } catch (IOException | RuntimeException again) {
        failure += "; nor in the temporary folder (" + reason(again) + ")";
      }
      failures.add(failure);
    }
  }

  /** @throws IOException naming every output that was not written */
  void finish() throws IOException {
    if (!failures.isEmpty()) {
      throw new IOException(String.join("; ", failures));
    }
  }

  private static String reason(Exception e) {
    if (e instanceof FileSystemException f) {
      return (f.getReason() != null ? f.getReason() : e.getClass().getSimpleName()) + ": " + f.getFile();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
