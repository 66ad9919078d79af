package org.sendplan.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sendplan.app.PersonLevelRoute;
import org.sendplan.model.transition.Estimation;
import org.sendplan.model.transition.TransitionModel;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The transition model's engine on the peer's demo inputs (read once): estimation with its
 * holdout backtest, and the whole model run (estimation, Monte Carlo, quantiles) for 1000
 * simulations. Run from the repository root:
 * <pre>mvn -B -q -DskipTests package && java -jar bench/target/benchmarks.jar</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TransitionBenchmark {
    @Param({"app/src/test/resources/org/sendplan/app/witan-send-demo"})
    public String inputs;

    @Param({"POOLED", "TREND"})
    public String estimation;

    @Param({"1000"})
    public int simulations;

    @Param({"2"})
    public int threads;

    private TransitionModel.Request expected;
    private TransitionModel.Request monteCarlo;

    @Setup
    public void read() {
        Estimation e = Estimation.valueOf(estimation);
        expected = PersonLevelRoute.prepare(new PersonLevelRoute.Request(Path.of(inputs), null, null, null, e, 5, 0, 50, threads));
        monteCarlo = PersonLevelRoute.prepare(new PersonLevelRoute.Request(Path.of(inputs), null, null, null, e, 5, simulations, 50, threads));
    }

    /** Estimation (and, for TREND, the backtest of every candidate) plus the expected path. */
    @Benchmark
    public Object estimateAndExpectedPath() {
        return TransitionModel.run(expected);
    }

    /** Estimation plus Monte Carlo with exact quantiles of cells and roll-ups. */
    @Benchmark
    public Object estimateAndSimulate() {
        return TransitionModel.run(monteCarlo);
    }
}
