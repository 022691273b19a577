package id.imigrasi.decisions.service.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class NikHasherTest {

	static final String NIK = "3212015505010002";

	static final String SECRET = "a-test-secret-of-at-least-thirty-two-characters";

	@TempDir
	Path dataDir;

	@Test
	void shouldHashTheSameNikTheSameWayUnderOneSecret() {
		NikHasher hasher = NikHasher.configured(SECRET, this.dataDir);

		assertThat(hasher.hash(NIK)).isEqualTo(new NikHasher(SECRET).hash(NIK))
			.matches("[0-9a-f]{64}")
			.doesNotContain(NIK);
		assertThat(hasher.hash(NIK)).isNotEqualTo(hasher.hash("3212015505010003"));
	}

	@Test
	void shouldHashDifferentlyUnderAnotherSecret() {
		assertThat(new NikHasher(SECRET).hash(NIK)).isNotEqualTo(new NikHasher(SECRET + "-rotated").hash(NIK));
	}

	@Test
	void shouldRefuseAShortSecretWithoutQuotingIt() {
		assertThatIllegalStateException().isThrownBy(() -> new NikHasher("short-secret"))
			.withMessageContaining("at least 32")
			.withMessageNotContaining("short-secret");
	}

	@Test
	void shouldGenerateAKeyOnceAndKeepItOwnerOnlyWhenNoneIsConfigured() throws Exception {
		String first = NikHasher.configured("", this.dataDir).hash(NIK);
		String afterRestart = NikHasher.configured(null, this.dataDir).hash(NIK);

		Path key = this.dataDir.resolve(NikHasher.KEY_FILE);
		assertThat(afterRestart).isEqualTo(first);
		assertThat(Files.readString(key).strip()).hasSizeGreaterThanOrEqualTo(NikHasher.MINIMUM_SECRET_LENGTH);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
		// The generated key works as a configured one: an operator can move
		// it to the environment.
		assertThat(new NikHasher(Files.readString(key).strip()).hash(NIK)).isEqualTo(first);
	}

}
