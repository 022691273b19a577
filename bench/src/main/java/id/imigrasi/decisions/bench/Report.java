package id.imigrasi.decisions.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What a run prints, kept to be written to a file as well (Markdown). */
final class Report {

	private final StringBuilder text = new StringBuilder();

	void line(String format, Object... args) {
		String line = String.format(Locale.ROOT, format, args);
		System.out.println(line);
		System.out.flush();
		this.text.append(line).append('\n');
	}

	void heading(String title) {
		line("");
		line("## %s", title);
		line("");
	}

	void write(Path file) throws IOException {
		if (file.getParent() != null) {
			Files.createDirectories(file.getParent());
		}
		Files.writeString(file, this.text);
	}

	static String rate(double perSecond) {
		return String.format(Locale.ROOT, "%,.0f", perSecond);
	}

	static String micros(double micros) {
		return (micros >= 100) ? String.format(Locale.ROOT, "%,.0f", micros)
				: String.format(Locale.ROOT, "%.2f", micros);
	}

}
