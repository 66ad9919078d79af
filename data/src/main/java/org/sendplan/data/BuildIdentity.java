package org.sendplan.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What identifies the code that made some kept work ({@link KeptWork}), so that work kept by one
 * build is never served to another that may make it differently: from a jar, its path, size and
 * time of last change (every build writes the jar anew, so a rebuild is worked afresh even where
 * nothing changed: reading its fifteen thousand entries on every run would cost a tenth of a
 * second); from class folders (tests, an IDE, where files change one by one), every file's name
 * and bytes.
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
        sb.append(jar.toAbsolutePath()).append(' ').append(Files.size(jar)).append(' ').append(Files.getLastModifiedTime(jar).toMillis());
    }

    private static void folder(Path dir, StringBuilder sb) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(dir)) {
            all.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        sb.append(ReleaseFingerprint.of(files)).append('\n');
    }
}
