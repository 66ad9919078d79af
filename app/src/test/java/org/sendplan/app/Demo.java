package org.sendplan.app;

import org.sendplan.model.transition.TransitionModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The peer's demo inputs and reference output, from the test classpath. */
final class Demo {
    private Demo() {
    }

    static Path dir(String relative) {
        try {
            return Path.of(Demo.class.getResource("/org/sendplan/app/witan-send-demo/" + relative).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The transition model's baseline on the route's request. */
    static TransitionModel.Result forecast(PersonLevelRoute.Request r) {
        return TransitionModel.run(PersonLevelRoute.prepare(r));
    }

    static Path inputs() {
        return dir("");
    }

    static Path settings() {
        return dir("settings.csv");
    }

    /** A column of a reference file by year (and group, when the file has a group column). */
    static Map<String, double[]> reference(String file, boolean grouped) {
        Map<String, double[]> out = new HashMap<>();
        try {
            List<String> lines = Files.readAllLines(dir("reference/" + file));
            for (String l : lines.subList(1, lines.size())) {
                String[] f = l.split(",");
                String key = grouped ? f[0] + "/" + f[1] : f[0];
                int o = grouped ? 2 : 1;
                // mean, std-dev, iqr, min, low-95pc-bound, q1, median, q3, high-95pc-bound, max
                out.put(key, new double[]{Double.parseDouble(f[o]), Double.parseDouble(f[o + 4]), Double.parseDouble(f[o + 8])});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Copies the demo inputs to {@code dir} so that a test can break one of them. */
    static Path copy(Path dir) throws IOException {
        for (String f : List.of("transitions.csv", "population.csv", "costs.csv", "valid-states.csv")) {
            Files.copy(inputs().resolve(f), dir.resolve(f));
        }
        return dir;
    }
}
