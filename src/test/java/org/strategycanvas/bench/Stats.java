package org.strategycanvas.bench;

import java.util.Arrays;
import java.util.List;

/** Percentiles and best times of measured samples. */
final class Stats {

    private Stats() {
    }

    /** The nearest-rank percentile: the smallest sample with at least {@code p} % of the samples at or below it. */
    static double percentile(List<Double> samples, double p) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        double[] sorted = samples.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** Milliseconds rounded to two decimals, for the report. */
    static double ms(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** Runs a task {@code warmUps} times unmeasured, then {@code runs} times, and gives the fastest run in ms. */
    static double bestOf(int warmUps, int runs, ThrowingTask task) throws Exception {
        for (int i = 0; i < warmUps; i++) {
            task.run();
        }
        double best = Double.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            task.run();
            best = Math.min(best, (System.nanoTime() - start) / 1e6);
        }
        return best;
    }

    /** A measured piece of work. */
    interface ThrowingTask {
        void run() throws Exception;
    }
}
