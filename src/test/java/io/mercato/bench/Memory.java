package io.mercato.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The application's resident memory, read from Linux's {@code /proc}: {@code VmHWM} is
 * its peak since the peak was last reset, which writing {@code 5} to {@code clear_refs}
 * does (a process may do so for another of the same user).
 */
final class Memory {

	private Memory() {
	}

	static void resetPeak(long pid) {
		if (pid <= 0) {
			return;
		}
		try {
			Files.writeString(Path.of("/proc", Long.toString(pid), "clear_refs"), "5");
		}
		catch (IOException ex) {
			// not Linux, or not allowed: the peak then counts from the start
		}
	}

	/** The peak resident set in KiB since the last reset; 0 when it cannot be read. */
	static long peakKilobytes(long pid) {
		if (pid <= 0) {
			return 0;
		}
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", ""));
				}
			}
		}
		catch (IOException ex) {
			// the process has gone, or this is not Linux
		}
		return 0;
	}

	static String describe(long kilobytes) {
		return (kilobytes > 0) ? "%d MiB".formatted(Math.round(kilobytes / 1024.0)) : "n/a";
	}

}
