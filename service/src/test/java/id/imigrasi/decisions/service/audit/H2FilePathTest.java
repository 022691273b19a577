package id.imigrasi.decisions.service.audit;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class H2FilePathTest {

	@Test
	void shouldMakeADataFolderRelativeToTheWorkingDirectoryAbsolute() {
		String cwd = Path.of("").toAbsolutePath().toString();

		assertThat(H2FilePath.absolute("jdbc:h2:file:data/decision-log;WRITE_DELAY=0"))
			.isEqualTo("jdbc:h2:file:" + cwd + "/data/decision-log;WRITE_DELAY=0");
		assertThat(H2FilePath.absolute("jdbc:h2:file:./data/decision-log"))
			.isEqualTo("jdbc:h2:file:" + cwd + "/data/decision-log");
	}

	@Test
	void shouldLeaveAbsolutePathsAndOtherDatabasesAlone() {
		assertThat(H2FilePath.absolute("jdbc:h2:file:/srv/data/decision-log;WRITE_DELAY=0"))
			.isEqualTo("jdbc:h2:file:/srv/data/decision-log;WRITE_DELAY=0");
		assertThat(H2FilePath.absolute("jdbc:h2:file:~/decision-log")).isEqualTo("jdbc:h2:file:~/decision-log");
		assertThat(H2FilePath.absolute("jdbc:postgresql://127.0.0.1:5432/decisions"))
			.isEqualTo("jdbc:postgresql://127.0.0.1:5432/decisions");
	}

}
