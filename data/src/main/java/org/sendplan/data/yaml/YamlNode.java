package org.sendplan.data.yaml;

import org.sendplan.data.DataException;
import org.sendplan.data.Numbers;
import org.sendplan.data.Suggestions;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A YAML node that knows its file, line and column, so that every error in a plain-text input
 * (finance.yaml, scenario files) can name them. Typed accessors throw {@link DataException}.
 */
public final class YamlNode {
    private final String file;
    private final Node node;
    private final String path;

    private YamlNode(String file, Node node, String path) {
        this.file = file;
        this.node = node;
        this.path = path;
    }

    /**
     * Bounds no real finance or scenario file nears (they are a few KB, nested four or five
     * levels), so that a hostile one fails cleanly: a deeply nested document would otherwise
     * overflow the stack of the recursive composer, a huge one fill memory, and aliases
     * multiply a small file into a huge one.
     */
    public static final int MAX_DEPTH = 50;
    /** 1 MiB of text. */
    public static final int MAX_CHARS = 1 << 20;
    public static final int MAX_ALIASES = 50;

    /** Parses a file; an empty file is an error. */
    public static YamlNode read(Path file) {
        return read(file, null);
    }

    /** Parses {@code text} as if it were the content of {@code file} (goal-seek's trial values). */
    public static YamlNode read(Path file, String text) {
        String name = file.toString();
        try {
            if (text == null) text = readText(file, name);
            if (text.length() > MAX_CHARS) {
                throw new DataException(name, 0, "file", "a YAML file of at most " + MAX_CHARS + " characters", text.length() + " characters");
            }
            LoadSettings settings = LoadSettings.builder().setLabel(name).setAllowDuplicateKeys(false)
                    .setMaxAliasesForCollections(MAX_ALIASES).setAllowRecursiveKeys(false).setCodePointLimit(MAX_CHARS + 1).build();
            checkDepth(name, text, settings);
            Node root = new Compose(settings).composeString(text).orElse(null);
            if (root == null) {
                throw new DataException(name, 1, 1, "document", "a YAML mapping of keys", "an empty file");
            }
            return new YamlNode(name, root, "");
        } catch (MarkedYamlEngineException e) {
            Mark m = e.getProblemMark().orElse(null);
            throw new DataException(name, m == null ? 0 : m.getLine() + 1, m == null ? 0 : m.getColumn() + 1, "syntax",
                    "valid YAML", e.getProblem());
        } catch (YamlEngineException e) {
            throw new DataException(name, 0, "syntax", "valid YAML", e.getMessage());
        }
    }

    /** The text of a regular file of at most {@link #MAX_CHARS} characters of UTF-8. */
    private static String readText(Path file, String name) {
        if (!Files.exists(file)) throw new DataException(name, 0, "file", "an existing file", "none");
        if (!Files.isRegularFile(file)) {
            throw new DataException(name, 0, "file", "a regular file",
                    Files.isDirectory(file) ? "a folder" : "a device, FIFO or socket (not a file that can be read to its end)");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // UTF-8 takes at most 4 bytes a character; read no more than a file within the limit can have
            bytes = in.readNBytes(4 * MAX_CHARS + 1);
        } catch (NoSuchFileException e) {
            throw new DataException(name, 0, "file", "an existing file", "none");
        } catch (IOException e) {
            throw new DataException(name, 0, "file", "a readable UTF-8 file", DataException.quote(String.valueOf(e.getMessage())));
        }
        if (bytes.length > 4 * MAX_CHARS) {
            throw new DataException(name, 0, "file", "a YAML file of at most " + MAX_CHARS + " characters", "more");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DataException(name, badLine(bytes), "text", "UTF-8 text", "bytes that are not UTF-8 text");
        }
    }

    /** The line of the first byte that is not UTF-8. */
    private static long badLine(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        long line = 1;
        for (int i = 0; i < out.position(); i++) if (out.get(i) == '\n') line++;
        return line;
    }

    /** Refuses nesting deeper than {@link #MAX_DEPTH}, from the parser's events (which keep no stack of calls). */
    private static void checkDepth(String name, String text, LoadSettings settings) {
        int depth = 0;
        for (Event e : new Parse(settings).parseString(text)) {
            Event.ID id = e.getEventId();
            if (id == Event.ID.MappingStart || id == Event.ID.SequenceStart) {
                if (++depth > MAX_DEPTH) {
                    Mark m = e.getStartMark().orElse(null);
                    throw new DataException(name, m == null ? 0 : m.getLine() + 1, m == null ? 0 : m.getColumn() + 1, "document",
                            "mappings and lists nested at most " + MAX_DEPTH + " deep", "deeper nesting");
                }
            } else if (id == Event.ID.MappingEnd || id == Event.ID.SequenceEnd) {
                depth--;
            }
        }
    }

    public String file() { return file; }

    /** Dotted path of this node from the root, e.g. {@code levers.joiners[0].multiply}. */
    public String path() { return path.isEmpty() ? "document" : path; }

    public int line() {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    public int column() {
        return node.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
    }

    /** Character offsets of this node's text in the file (start inclusive, end exclusive). */
    public int startIndex() {
        return node.getStartMark().map(Mark::getIndex).orElse(-1);
    }

    public int endIndex() {
        return node.getEndMark().map(Mark::getIndex).orElse(-1);
    }

    public DataException error(String expected, String found) {
        return new DataException(file, line(), column(), path(), expected, found);
    }

    public boolean isMapping() { return node instanceof MappingNode; }
    public boolean isSequence() { return node instanceof SequenceNode; }
    public boolean isScalar() { return node instanceof ScalarNode; }

    /** The entries of a mapping, in file order; keys must be among {@code allowed}. */
    public Map<String, YamlNode> mapping(Collection<String> allowed) {
        if (!(node instanceof MappingNode m)) throw error("a mapping of keys", describe());
        Map<String, YamlNode> out = new LinkedHashMap<>();
        Map<String, YamlNode> keys = new java.util.HashMap<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                throw new YamlNode(file, t.getKeyNode(), path).error("a plain key", "a complex key");
            }
            String key = k.getValue();
            YamlNode keyNode = new YamlNode(file, k, path.isEmpty() ? key : path + "." + key);
            YamlNode before = keys.putIfAbsent(key, keyNode);
            if (before != null) {
                throw keyNode.error("each key once", DataException.quote(key) + " on line " + before.line() + " and again on line " + keyNode.line());
            }
            YamlNode child = new YamlNode(file, t.getValueNode(), path.isEmpty() ? key : path + "." + key);
            if (allowed != null && !allowed.contains(key)) {
                YamlNode at = new YamlNode(file, k, path.isEmpty() ? key : path + "." + key);
                throw at.error("one of " + String.join(", ", allowed), DataException.quote(key) + Suggestions.didYouMean(key, allowed));
            }
            out.put(key, child);
        }
        return out;
    }

    /** The entries of a mapping whose keys are data (years, codes), not names. */
    public Map<String, YamlNode> entries() {
        return mapping(null);
    }

    /** A child by key (null when absent), without checking the other keys. */
    public YamlNode get(String key) {
        return node instanceof MappingNode ? entries().get(key) : null;
    }

    public List<YamlNode> sequence() {
        if (!(node instanceof SequenceNode s)) throw error("a list", describe());
        List<YamlNode> out = new ArrayList<>();
        for (int i = 0; i < s.getValue().size(); i++) out.add(new YamlNode(file, s.getValue().get(i), path + "[" + i + "]"));
        return out;
    }

    public String text() {
        if (!(node instanceof ScalarNode s)) throw error("a value", describe());
        return s.getValue().trim();
    }

    /** A number in the one syntax of {@link Numbers} (digits may be grouped with underscores: 1_000_000). */
    public double number() {
        try {
            return Numbers.decimalWithUnderscores(text());
        } catch (NumberFormatException e) {
            throw error("a number", DataException.quote(text()));
        }
    }

    public double number(double min, double max) {
        double d = number();
        if (d < min || d > max) throw error("a number from " + fmt(min) + " to " + fmt(max), DataException.quote(text()));
        return d;
    }

    /** A value from a fixed set of codes, with a suggestion for a near miss. */
    public String code(Set<String> codes) {
        String t = text();
        if (!codes.contains(t)) {
            throw error("one of " + String.join(", ", codes), DataException.quote(t) + Suggestions.didYouMean(t, codes));
        }
        return t;
    }

    /**
     * The node in YAML's one-line flow style, as a reader would write it by hand:
     * {@code {multiply: 0.9, start: 2026/27, ages: 5-15, needs: [ASD, SEMH]}}. Comments and layout
     * are dropped; what a lever says is kept, so that a report can list it as written. Bounded to
     * {@code max} characters (an ellipsis marks a cut): a list of levers is read, not a file copied.
     */
    public String flow(int max) {
        StringBuilder out = new StringBuilder();
        flow(node, out, max);
        return out.length() > max ? out.substring(0, Math.max(0, max - 1)) + "…" : out.toString();
    }

    private static void flow(Node n, StringBuilder out, int max) {
        if (out.length() > max) return;
        if (n instanceof ScalarNode s) {
            out.append(s.getValue().trim().replaceAll("\\s+", " "));
        } else if (n instanceof SequenceNode s) {
            out.append('[');
            for (int i = 0; i < s.getValue().size(); i++) {
                if (i > 0) out.append(", ");
                flow(s.getValue().get(i), out, max);
            }
            out.append(']');
        } else if (n instanceof MappingNode m) {
            out.append('{');
            for (int i = 0; i < m.getValue().size(); i++) {
                if (i > 0) out.append(", ");
                flow(m.getValue().get(i).getKeyNode(), out, max);
                out.append(": ");
                flow(m.getValue().get(i).getValueNode(), out, max);
            }
            out.append('}');
        }
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private String describe() {
        if (node instanceof MappingNode) return "a mapping";
        if (node instanceof SequenceNode) return "a list";
        if (node instanceof ScalarNode s) return DataException.quote(s.getValue());
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
