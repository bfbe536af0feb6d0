package org.dec4j.api.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A failed write keeps the previous file and leaves no temporary file; a new file gets the usual permissions. */
class SafeFilesTest {
  @TempDir
  Path dir;

  @Test
  void aWriteThatFailsHalfwayLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
    Path f = Files.writeString(dir.resolve("model.zip"), "previous");
    assertThrows(IOException.class, () -> SafeFiles.write(f, out -> {
      out.write("half of the new".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    }));
    assertEquals("previous", Files.readString(f));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(f), files.toList());
    }
    SafeFiles.write(f, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
    assertEquals("new", Files.readString(f));
  }

  @Test
  void aNewFileIsAsReadableAsOneWrittenInPlace() throws IOException {
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    Path plain = Files.createFile(dir.resolve("plain.csv"));
    Path safe = dir.resolve("safe.csv");
    SafeFiles.write(safe, out -> out.write('x'));
    assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(safe));
  }
}
