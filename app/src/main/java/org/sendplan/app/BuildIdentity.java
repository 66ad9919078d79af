package org.sendplan.app;

import org.sendplan.data.ReleaseFingerprint;

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
 * What identifies the code that judges, so that work kept by one build is never served to another
 * whose model may judge differently: from a jar, every entry's name, CRC-32 and size (its central
 * directory, which the class loader has already read: no byte of it is read again), so a changed
 * class or library changes it and a rebuild of the same sources does not (the build is
 * reproducible); from class folders (tests, an IDE), every file's name and bytes.
 */
final class BuildIdentity {
    private static volatile String identity;

    private BuildIdentity() {
    }

    /** The identity of the code of the model, the data readers and this layer. */
    static String get() {
        String id = identity;
        if (id == null) identity = id = of(org.sendplan.model.evaluation.TrackRecord.class, org.sendplan.data.DfeReleaseReader.class, BuildIdentity.class);
        return id;
    }

    private static String of(Class<?>... anchors) {
        Set<Path> places = new LinkedHashSet<>();
        for (Class<?> c : anchors) places.add(location(c));
        StringBuilder sb = new StringBuilder();
        for (Path p : places) {
            try {
                if (Files.isDirectory(p)) folder(p, sb);
                else jar(p, sb);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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
