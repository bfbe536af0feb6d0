import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes one Weka package per platform, {@code dec4j-weka-VERSION-PLATFORM.zip}: the same Description.props template,
 * Weka-facing jar, README and platform-neutral {@code lib/} in each, plus that platform's four native jars (ND4J's
 * backend, its preset, OpenBLAS and JavaCPP) and nothing of another platform. Each package has its own name
 * ({@code dec4j-PLATFORM}), Weka's {@code OSName}/{@code OSArch} constraints for it, and precludes the others, so
 * Weka's package manager loads only the one that fits and says so for the others. Run at build time by
 * distribution's pom (java WekaPackages.java ...); each zip is written to a temporary file and moved into place.
 *
 * <p>Arguments: version, date, Description.props template, dec4j-weka.jar, README, platform-neutral lib directory,
 * directory with one sub-directory of native jars per platform, output directory.</p>
 */
public final class WekaPackages {
  /** Weka's OSName (a part of os.name), OSArch (os.arch) and a title, per platform (JavaCPP's names). */
  static final Map<String, String[]> PLATFORMS = Map.of(
      "linux-x86_64", new String[] { "Linux", "amd64,x86_64", "Linux x86-64" },
      "linux-arm64", new String[] { "Linux", "aarch64,arm64", "Linux ARM64" },
      "windows-x86_64", new String[] { "Windows", "amd64,x86_64", "Windows x86-64" },
      "macosx-x86_64", new String[] { "Mac", "x86_64,amd64", "macOS Intel (x86-64)" },
      "macosx-arm64", new String[] { "Mac", "aarch64,arm64", "macOS Apple silicon (ARM64)" });

  private WekaPackages() {
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 8) {
      throw new IllegalArgumentException("usage: WekaPackages VERSION DATE TEMPLATE JAR README LIB NATIVES OUT");
    }
    String version = args[0];
    String template = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8);
    Path jar = Path.of(args[3]);
    Path readme = Path.of(args[4]);
    // a platform's jars left in the neutral lib by an earlier build (copy-dependencies does not delete) are skipped
    List<Path> lib = jars(Path.of(args[5])).stream().filter(j -> PLATFORMS.keySet().stream()
        .noneMatch(p -> j.getFileName().toString().endsWith("-" + p + ".jar"))).toList();
    Path natives = Path.of(args[6]);
    Path out = Path.of(args[7]);
    Files.createDirectories(out);
    for (String platform : PLATFORMS.keySet().stream().sorted().toList()) {
      List<Path> own = jars(natives.resolve(platform));
      if (own.size() != 4) {
        throw new IllegalStateException(platform + ": expected 4 native jars in " + natives.resolve(platform)
            + ", found " + own);
      }
      String props = describe(template, platform, version, args[1]);
      Path zip = out.resolve("dec4j-weka-" + version + "-" + platform + ".zip");
      Path tmp = out.resolve(zip.getFileName() + ".tmp");
      try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(tmp))) {
        put(z, "Description.props", props.getBytes(StandardCharsets.ISO_8859_1));
        put(z, "dec4j-weka.jar", jar);
        put(z, "doc/README.md", readme);
        List<Path> all = new ArrayList<>(lib);
        all.addAll(own);
        for (Path p : all) {
          put(z, "lib/" + p.getFileName(), p);
        }
      }
      Files.move(tmp, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      System.out.printf("%s: %,d bytes%n", zip.getFileName(), Files.size(zip));
    }
  }

  /** The template with this platform's name, constraints, title and the other platforms' packages precluded. */
  static String describe(String template, String platform, String version, String date) {
    String[] p = PLATFORMS.get(platform);
    String others = String.join(",", PLATFORMS.keySet().stream().filter(o -> !o.equals(platform)).sorted()
        .map(o -> "dec4j-" + o).toList());
    return template.replace("@PLATFORM@", platform).replace("@OS_NAME@", p[0]).replace("@OS_ARCH@", p[1])
        .replace("@PLATFORM_TITLE@", p[2]).replace("@PRECLUDES@", others).replace("@VERSION@", version)
        .replace("@DATE@", date);
  }

  private static List<Path> jars(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
    }
  }

  private static void put(ZipOutputStream z, String name, byte[] bytes) throws IOException {
    z.putNextEntry(new ZipEntry(name));
    z.write(bytes);
    z.closeEntry();
  }

  /** A file streamed into the zip (the native jars are up to 92 MB; nothing is held in memory). */
  private static void put(ZipOutputStream z, String name, Path file) throws IOException {
    z.putNextEntry(new ZipEntry(name));
    Files.copy(file, z);
    z.closeEntry();
  }
}
