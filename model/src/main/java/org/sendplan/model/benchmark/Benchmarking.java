package org.sendplan.model.benchmark;

import org.sendplan.model.Area;

import java.util.List;

/**
 * How one area compares at a January census: its own figures, its region's and England's, and its
 * nearest neighbours ({@link Neighbours}) with their distance, in that order; with notes saying
 * what is left out and why.
 *
 * @param rows  the area first, then its region (for an authority), England (for an authority or
 *              region), then the neighbours nearest first
 * @param notes    what the figures leave out (measures not in the data, missing figures) and the neighbour rule
 * @param warnings the notes a run should say on stderr: what the data lacked for the comparison asked for
 */
public record Benchmarking(Area area, int year, List<Row> rows, List<String> notes, List<String> warnings) {
    public Benchmarking {
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
    }

    /** What a row is to the area compared. */
    public enum Role {
        AREA("area"), REGION("region"), ENGLAND("england"), NEIGHBOUR("neighbour");

        private final String code;

        Role(String code) {
            this.code = code;
        }

        /** As written to benchmark.csv. */
        public String code() {
            return code;
        }
    }

    /**
     * @param rank     1 for the nearest neighbour, 2 for the next…; 0 on the other rows
     * @param distance the neighbour's standardised distance; NaN on the other rows
     */
    public record Row(Role role, int rank, BenchmarkFigures figures, double distance) {
    }

    /** The neighbour rows, nearest first. */
    public List<Row> neighbours() {
        return rows.stream().filter(r -> r.role() == Role.NEIGHBOUR).toList();
    }
}
