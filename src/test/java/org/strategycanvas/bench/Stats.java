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

    /** Runs a task {@code warmUps} times unmeasured, then {@code runs} times, and gives each run's time in ms. */
    static List<Double> times(int warmUps, int runs, ThrowingTask task) throws Exception {
        for (int i = 0; i < warmUps; i++) {
            task.run();
        }
        List<Double> times = new java.util.ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            task.run();
            times.add((System.nanoTime() - start) / 1e6);
        }
        return times;
    }

    /**
     * Runs two tasks in turn, {@code warmUps} times each unmeasured, then {@code runs} times each, alternated so that
     * a busy moment of the machine falls on both alike; gives each task's times in ms.
     */
    static List<List<Double>> alternated(int warmUps, int runs, ThrowingTask first, ThrowingTask second)
            throws Exception {
        for (int i = 0; i < warmUps; i++) {
            first.run();
            second.run();
        }
        List<Double> firstTimes = new java.util.ArrayList<>();
        List<Double> secondTimes = new java.util.ArrayList<>();
        for (int i = 0; i < runs; i++) {
            firstTimes.add(time(first));
            secondTimes.add(time(second));
        }
        return List.of(firstTimes, secondTimes);
    }

    private static double time(ThrowingTask task) throws Exception {
        long start = System.nanoTime();
        task.run();
        return (System.nanoTime() - start) / 1e6;
    }

    /** A measured piece of work. */
    interface ThrowingTask {
        void run() throws Exception;
    }
}
