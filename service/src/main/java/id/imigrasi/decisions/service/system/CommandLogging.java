package id.imigrasi.decisions.service.system;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;

/**
 * A command runs before Spring configures logging, when Logback's default prints every
 * DEBUG line of Drools and POI to standard output, in the middle of the report (and of
 * the JSON). Commands keep only errors, on standard error's terms.
 */
public final class CommandLogging {

	private CommandLogging() {
	}

	public static void quiet() {
		if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
			root.setLevel(Level.ERROR);
		}
	}

}
