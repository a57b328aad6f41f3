package dev.osuv1.autoconfigure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.fail;

/**
 * A second JVM running a main class from this test class path, talked to line by line on its standard input and
 * output.
 */
final class ClientProcess implements AutoCloseable {

	private final Process process;

	private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

	private final StringBuffer output = new StringBuffer();

	/** Whether the process closed its output: no more lines will come. */
	private volatile boolean ended;

	private ClientProcess(Process process) {
		this.process = process;
		Thread reader = new Thread(this::read, "client-process-output");
		reader.setDaemon(true);
		reader.start();
	}

	/**
	 * Starts {@code java -cp <this class path> <mainClass> --<property>...}.
	 */
	static ClientProcess start(Class<?> mainClass, String... properties) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(mainClass.getName());
		for (String property : properties) {
			command.add("--" + property);
		}
		return new ClientProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
	}

	/**
	 * Waits for a line starting with the given text and returns it.
	 */
	String awaitLine(String start, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			String line = this.lines.poll(100, TimeUnit.MILLISECONDS);
			if (line != null && line.startsWith(start)) {
				return line;
			}
			boolean ended = line == null && this.ended && this.lines.isEmpty();
			if (ended || System.nanoTime() - deadline > 0) {
				fail("No line starting with '%s' from the client process (%s); it wrote:%n%s", start,
						ended ? "it ended" : "waited " + timeout, this.output);
			}
		}
	}

	/**
	 * Writes a line to the process's standard input.
	 */
	void send(String line) throws IOException {
		OutputStream input = this.process.getOutputStream();
		input.write((line + "\n").getBytes(StandardCharsets.UTF_8));
		input.flush();
	}

	/**
	 * Returns everything the process wrote so far.
	 */
	String output() {
		return this.output.toString();
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(10, TimeUnit.SECONDS);
	}

	private void read() {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				this.output.append(line).append(System.lineSeparator());
				this.lines.add(line);
			}
		}
		catch (IOException ex) {
			// the process ended
		}
		finally {
			this.ended = true;
		}
	}

}
