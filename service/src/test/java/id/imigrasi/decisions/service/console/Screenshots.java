package id.imigrasi.decisions.service.console;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import javax.imageio.ImageIO;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Screenshots of the console's pages into {@code target/console-screenshots/}, each
 * checked to show something: a blank or single-colour page (a failed render, a missing
 * style sheet) fails the test.
 */
final class Screenshots {

	static final Path FOLDER = Path.of("target", "console-screenshots");

	private Screenshots() {
	}

	static Path take(TakesScreenshot browser, String name) {
		byte[] png = browser.getScreenshotAs(OutputType.BYTES);
		try {
			Files.createDirectories(FOLDER);
			Path file = Files.write(FOLDER.resolve(name + ".png"), png);
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
			Set<Integer> colours = new HashSet<>();
			long inked = 0;
			for (int y = 0; y < image.getHeight(); y += 2) {
				for (int x = 0; x < image.getWidth(); x += 2) {
					int rgb = image.getRGB(x, y) & 0xFFFFFF;
					colours.add(rgb);
					if (rgb != 0xFFFFFF) {
						inked++;
					}
				}
			}
			long sampled = (long) ((image.getHeight() + 1) / 2) * ((image.getWidth() + 1) / 2);
			assertThat(colours).as(name + ": distinct colours").hasSizeGreaterThan(16);
			assertThat(inked * 100 / sampled).as(name + ": % of pixels not white").isGreaterThanOrEqualTo(3);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
