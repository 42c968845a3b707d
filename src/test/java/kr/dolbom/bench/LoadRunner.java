package kr.dolbom.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** Runs one workload with a number of client threads for a fixed time after a warm-up. */
final class LoadRunner {

	interface Client {
		/** One request; throws on an error response. */
		void call(int thread, long iteration) throws Exception;
	}

	interface ClientFactory {
		Client create(int thread) throws Exception;
	}

	static LatencyRecorder.Summary run(int threads, double warmupSeconds, double seconds, ClientFactory factory)
			throws Exception {
		var recorder = new LatencyRecorder(threads, 2_000_000);
		List<Thread> workers = new ArrayList<>();
		var ready = new CountDownLatch(threads);
		long[] window = new long[2];
		for (int t = 0; t < threads; t++) {
			int thread = t;
			var client = factory.create(thread);
			workers.add(new Thread(() -> {
				ready.countDown();
				try {
					ready.await();
				}
				catch (InterruptedException e) {
					return;
				}
				long iteration = 0;
				while (true) {
					long now = System.nanoTime();
					if (now >= window[1]) {
						break;
					}
					long start = System.nanoTime();
					try {
						client.call(thread, iteration++);
						long end = System.nanoTime();
						if (start >= window[0]) {
							recorder.record(thread, end - start);
						}
					}
					catch (Exception e) {
						if (start >= window[0]) {
							recorder.error();
						}
					}
				}
			}, "bench-" + t));
		}
		long begin = System.nanoTime();
		window[0] = begin + (long) (warmupSeconds * 1e9);
		window[1] = window[0] + (long) (seconds * 1e9);
		workers.forEach(Thread::start);
		for (var worker : workers) {
			worker.join();
		}
		return recorder.summarise(seconds);
	}

	private LoadRunner() {
	}
}
