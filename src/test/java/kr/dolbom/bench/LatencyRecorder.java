package kr.dolbom.bench;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/** Latencies of one workload: percentiles, throughput and errors, as docs/benchmarks.md reports them. */
final class LatencyRecorder {

	private final long[][] perThread;
	private final int[] counts;
	private final AtomicLong errors = new AtomicLong();

	LatencyRecorder(int threads, int capacityPerThread) {
		this.perThread = new long[threads][capacityPerThread];
		this.counts = new int[threads];
	}

	void record(int thread, long nanos) {
		if (counts[thread] < perThread[thread].length) {
			perThread[thread][counts[thread]++] = nanos;
		}
	}

	void error() {
		errors.incrementAndGet();
	}

	record Summary(long requests, long errors, double seconds, double p50Millis, double p95Millis, double p99Millis) {

		double throughput() {
			return requests / seconds;
		}
	}

	Summary summarise(double seconds) {
		int total = Arrays.stream(counts).sum();
		var all = new long[total];
		int at = 0;
		for (int t = 0; t < perThread.length; t++) {
			System.arraycopy(perThread[t], 0, all, at, counts[t]);
			at += counts[t];
		}
		Arrays.sort(all);
		return new Summary(total, errors.get(), seconds, percentile(all, 0.50), percentile(all, 0.95),
				percentile(all, 0.99));
	}

	private static double percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(p * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1_000_000.0;
	}
}
