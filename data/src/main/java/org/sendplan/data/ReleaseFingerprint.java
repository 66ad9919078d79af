package org.sendplan.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What identifies the data of a release, so that what is derived from the data alone (the track
 * record judged on every authority's past forecasts) can be kept between runs and served only
 * for the same data: the SHA-256 of the files read, each with its name and length, in the order
 * read. The bundled release is part of the build, so the build's own identity stands for it.
 */
public final class ReleaseFingerprint {
    /** The bundled release: whatever keeps derived work also keys it by the build. */
    public static final String BUNDLED = "bundled";

    private ReleaseFingerprint() {
    }

    /** The SHA-256 (hex) of the files' names, lengths and bytes, in order. */
    public static String of(List<Path> files) {
        MessageDigest sha = sha256();
        byte[] buffer = new byte[1 << 16];
        for (Path f : files) {
            try (InputStream in = CsvSource.open(f)) {
                sha.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Long.toString(Files.size(f)).getBytes(StandardCharsets.US_ASCII));
                sha.update((byte) 0);
                for (int n; (n = in.read(buffer)) > 0; ) sha.update(buffer, 0, n);
            } catch (IOException e) {
                throw new DataException(f.toString(), 0, "--data", "a readable file", e.getClass().getSimpleName());
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The SHA-256 (hex) of a text. */
    public static String of(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A new SHA-256 digest (every Java platform has one): the one place a reader asks for it. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
