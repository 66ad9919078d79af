package org.sendplan.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What identifies the code that made some kept work ({@link KeptWork}), so that work kept by one
 * build is never served to another that may make it differently: from a jar, every entry's name, CRC-32 and size (its central
 * directory, which the class loader has already read: no byte of it is read again), so a changed
 * class or library changes it and a rebuild of the same sources does not (the build is
 * reproducible); from class folders (tests, an IDE), every file's name and bytes.
 */
public final class BuildIdentity {
    /** Code place → its identity: a jar's or a folder's is found once per run. */
    private static final java.util.Map<Path, String> KNOWN = new java.util.concurrent.ConcurrentHashMap<>();

    private BuildIdentity() {
    }

    /** The identity of the code the classes were loaded from (their jar or class folders). */
    public static String of(Class<?>... anchors) {
        Set<Path> places = new LinkedHashSet<>();
        for (Class<?> c : anchors) places.add(location(c));
        StringBuilder sb = new StringBuilder();
        for (Path p : places) sb.append(KNOWN.computeIfAbsent(p, BuildIdentity::place)).append('\n');
        return ReleaseFingerprint.of(sb.toString());
    }

    private static String place(Path p) {
        StringBuilder sb = new StringBuilder();
        try {
            if (Files.isDirectory(p)) folder(p, sb);
            else jar(p, sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ReleaseFingerprint.of(sb.toString());
    }

    private static Path location(Class<?> c) {
        CodeSource source = c.getProtectionDomain().getCodeSource();
        if (source == null) throw new IllegalStateException(c + " has no code source");
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(source.getLocation() + " is not a file", e);
        }
    }

    private static void jar(Path jar, StringBuilder sb) throws IOException {
        try (ZipFile z = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> e = z.entries(); e.hasMoreElements(); ) {
                ZipEntry x = e.nextElement();
                sb.append(x.getName()).append(' ').append(x.getCrc()).append(' ').append(x.getSize()).append('\n');
            }
        }
    }

    private static void folder(Path dir, StringBuilder sb) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(dir)) {
            all.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        sb.append(ReleaseFingerprint.of(files)).append('\n');
    }
}
