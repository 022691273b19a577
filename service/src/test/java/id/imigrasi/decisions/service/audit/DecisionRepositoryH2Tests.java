package id.imigrasi.decisions.service.audit;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The decision log's table on the embedded H2 file database, the default. */
class DecisionRepositoryH2Tests extends DecisionRepositoryContract {

	@TempDir
	static Path dataDir;

	@Override
	DataSource dataSource() {
		return new DriverManagerDataSource(
				"jdbc:h2:file:" + dataDir.resolve("decision-log") + ";WRITE_DELAY=0;MAX_COMPACT_TIME=0", "sa", "");
	}

}
