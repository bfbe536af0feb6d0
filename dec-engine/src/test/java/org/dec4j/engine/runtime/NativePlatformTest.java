package org.dec4j.engine.runtime;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NativePlatformTest {
  private final ClassLoader loader = NativePlatformTest.class.getClassLoader();

  @Test
  void thisMachinesNativesAreFoundAndNoOtherPlatformsAre() {
    assertEquals("linux-x86_64", NativePlatform.current(), "the build machine");
    NativePlatform.check(NativePlatform.current(), loader);
    assertEquals(java.util.List.of("linux-x86_64"), NativePlatform.available(loader));
  }

  @Test
  void aMissingPlatformIsNamedInOneLineWithWhatIsThere() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> NativePlatform.check("windows-x86_64", loader));
    assertEquals("dec4j has no ND4J native library for this machine (windows-x86_64): this installation carries"
        + " linux-x86_64; install the dec4j package for windows-x86_64", e.getMessage());
    String other = assertThrows(IllegalStateException.class, () -> NativePlatform.check("linux-ppc64le", loader))
        .getMessage();
    assertTrue(other.contains("not one dec4j is built for"), other);
  }
}
