package org.sendplan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * An output folder an older sendplan left as symbolic links into a hidden store beside it
 * ({@code OUT/summary.csv -> ../.OUT.sendplan/current/summary.csv}): each link is replaced by the
 * file it names (one rename, so the folder reads the same set at every instant), links that name
 * nothing are removed, and then the store. A kill part-way leaves links and plain files of the
 * same set, and the store; the next run goes on from there.
 */
final class OldLinkStore {
    /** Entries of the older store: the live-set link, the sets, and that version's temporary links. */
    private static final List<String> STORE_ENTRIES = List.of("current", "set-", "next-", "probe-");

    private OldLinkStore() {
    }

    /** Takes over {@code out} (a real path) if an older sendplan's store is beside it; {@code run} names the folder for the copies. */
    static void migrate(Path out, String run) throws IOException {
        Path parent = out.getParent();
        if (parent == null) return;
        Path store = parent.resolve("." + out.getFileName() + ".sendplan");
        if (!Files.isDirectory(store, LinkOption.NOFOLLOW_LINKS) || !isStore(store)) return;
        List<Path> links;
        try (Stream<Path> s = Files.walk(out)) {
            links = s.filter(Files::isSymbolicLink).filter(l -> into(l, store)).toList();
        }
        Path copies = out.resolve(Swap.PREFIX + "copy-" + run);
        int n = 0;
        for (Path link : links) {
            Path file = link.getParent().resolve(Files.readSymbolicLink(link)).normalize();
            if (!Files.isRegularFile(file) || link.getFileName().toString().startsWith(Swap.PREFIX + "link-")) {
                Files.delete(link); // a report the live set has not, or a temporary link of a killed run
                continue;
            }
            Files.createDirectories(copies);
            Path copy = copies.resolve(Integer.toString(n++));
            try {
                Files.createLink(copy, file.toRealPath()); // the same bytes, kept when the store goes
            } catch (UnsupportedOperationException | IOException e) {
                Files.copy(file, copy);
            }
            Swap.RENAME.move(copy, link);
        }
        Swap.delete(copies);
        Swap.delete(store);
    }

    /** Whether {@code link} resolves into {@code store}. */
    private static boolean into(Path link, Path store) {
        try {
            return link.getParent().resolve(Files.readSymbolicLink(link)).normalize().startsWith(store);
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether {@code dir} holds only what an older sendplan's store holds (a user's folder of that name is left alone). */
    private static boolean isStore(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).allMatch(n -> STORE_ENTRIES.stream().anyMatch(n::startsWith));
        }
    }
}
