package id.imigrasi.decisions.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;

/**
 * A bounded HTTP load on the departure endpoint of a service on loopback. Two shapes:
 * open loop at a fixed rate (requests leave on schedule whatever the answers do, and
 * latency counts from the scheduled time, so a stall is not hidden), and closed loop with
 * a fixed number of callers (the saturation throughput). Every run stops by itself after
 * its duration; requests still out are waited for at most 10 s.
 */
final class HttpLoad {

	/** Latencies in µs, errors, and what was actually achieved. */
	record Stats(long sent, long ok, long errors, long dropped, double seconds, Histogram latencyMicros) {

		double achievedPerSecond() {
			return this.ok / this.seconds;
		}

	}

	private final HttpClient client;

	private final URI uri;

	private final String apiKey;

	private final List<byte[]> bodies;

	HttpLoad(URI uri, String apiKey, List<byte[]> bodies) {
		if (!"127.0.0.1".equals(uri.getHost()) && !"localhost".equals(uri.getHost())) {
			throw new IllegalArgumentException("Load runs only against loopback, not " + uri.getHost());
		}
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		this.uri = uri;
		this.apiKey = apiKey;
		this.bodies = bodies;
	}

	/**
	 * A GET of {@code uri} with the key: the trivial request measured beside the
	 * decisions, so that every run reports what a decision costs over the HTTP stack's
	 * own cost.
	 */
	static HttpLoad trivial(URI uri, String apiKey) {
		return new HttpLoad(uri, apiKey, null);
	}

	HttpRequest request(int i) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.uri)
			.timeout(Duration.ofSeconds(10))
			.header("X-API-Key", this.apiKey);
		if (this.bodies == null) {
			return request.GET().build();
		}
		return request.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(this.bodies.get(i % this.bodies.size())))
			.build();
	}

	HttpResponse<String> send(int i) throws Exception {
		return this.client.send(request(i), HttpResponse.BodyHandlers.ofString());
	}

	/** Open loop: {@code rate} requests per second for {@code duration}. */
	Stats fixedRate(int rate, Duration duration, int maxInFlight) throws InterruptedException {
		Histogram histogram = new Histogram(60_000_000L, 3);
		AtomicInteger inFlight = new AtomicInteger();
		AtomicInteger ok = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		int dropped = 0;
		long total = rate * duration.toSeconds();
		double interval = 1e9 / rate;
		long start = System.nanoTime();
		for (long i = 0; i < total; i++) {
			long intended = start + (long) (i * interval);
			long now;
			while ((now = System.nanoTime()) < intended) {
				if (intended - now > 200_000) {
					LockSupport.parkNanos(intended - now - 100_000);
				}
				else {
					Thread.onSpinWait();
				}
			}
			if (inFlight.get() >= maxInFlight) {
				dropped++;
				continue;
			}
			inFlight.incrementAndGet();
			this.client.sendAsync(request((int) i), HttpResponse.BodyHandlers.ofByteArray())
				.whenComplete((response, failure) -> {
					long micros = (System.nanoTime() - intended) / 1000;
					synchronized (histogram) {
						histogram.recordValue(Math.min(micros, histogram.getHighestTrackableValue()));
					}
					if (failure == null && response.statusCode() == 200) {
						ok.incrementAndGet();
					}
					else {
						errors.incrementAndGet();
					}
					inFlight.decrementAndGet();
				});
		}
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (inFlight.get() > 0 && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		return new Stats(total - dropped, ok.get(), errors.get() + inFlight.get(), dropped, seconds, histogram);
	}

	/**
	 * Closed loop: {@code callers} threads, each sending its next request on an answer.
	 */
	Stats closedLoop(int callers, Duration duration) throws InterruptedException {
		Histogram histogram = new Histogram(60_000_000L, 3);
		AtomicInteger ok = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		AtomicInteger sequence = new AtomicInteger();
		long start = System.nanoTime();
		long end = start + duration.toNanos();
		ExecutorService pool = Executors.newFixedThreadPool(callers);
		CountDownLatch done = new CountDownLatch(callers);
		for (int c = 0; c < callers; c++) {
			pool.execute(() -> {
				List<Long> local = new ArrayList<>();
				while (System.nanoTime() < end) {
					long t = System.nanoTime();
					try {
						HttpResponse<byte[]> response = this.client.send(request(sequence.getAndIncrement()),
								HttpResponse.BodyHandlers.ofByteArray());
						if (response.statusCode() == 200) {
							ok.incrementAndGet();
						}
						else {
							errors.incrementAndGet();
						}
					}
					catch (Exception ex) {
						errors.incrementAndGet();
					}
					local.add((System.nanoTime() - t) / 1000);
				}
				synchronized (histogram) {
					local.forEach(
							(micros) -> histogram.recordValue(Math.min(micros, histogram.getHighestTrackableValue())));
				}
				done.countDown();
			});
		}
		done.await(duration.toSeconds() + 15, TimeUnit.SECONDS);
		pool.shutdownNow();
		double seconds = (System.nanoTime() - start) / 1e9;
		return new Stats(ok.get() + errors.get(), ok.get(), errors.get(), 0, seconds, histogram);
	}

}
