package id.imigrasi.decisions.engine.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

import id.imigrasi.decisions.engine.Problem;
import id.imigrasi.decisions.engine.ProblemCode;

/**
 * Compiles workbooks into a KieBase at run time (an upload or a reload), with the same
 * executable model and kmodule the KJAR build uses.
 */
public final class KieCompiler {

	/** Where the KJAR keeps the tables; rules compile from the same path at run time. */
	public static final String RULES_PATH = "id/imigrasi/decisions/rules/";

	public static final String KBASE = "decisions";

	/**
	 * The KJAR's own kmodule.xml: a run-time compile builds the same KieBase as the
	 * build.
	 */
	private static final String KMODULE = kmodule();

	private static final AtomicLong BUILDS = new AtomicLong();

	private KieCompiler() {
	}

	private static String kmodule() {
		try (InputStream in = KieCompiler.class.getClassLoader().getResourceAsStream("META-INF/kmodule.xml")) {
			if (in == null) {
				throw new IllegalStateException("No META-INF/kmodule.xml on the class path (the KJAR)");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The compiled KieBase, or null with the Drools errors added to {@code problems}. */
	public static KieBase compile(Map<String, byte[]> ruleWorkbooks, List<Problem> problems) {
		KieServices services = KieServices.Factory.get();
		KieFileSystem files = services.newKieFileSystem();
		// A fresh release per build: the repository keeps every module it has seen.
		ReleaseId releaseId = services.newReleaseId("id.imigrasi.decisions", "runtime-ruleset",
				"1.0." + BUILDS.incrementAndGet());
		files.generateAndWritePomXML(releaseId);
		files.writeKModuleXML(KMODULE);
		ruleWorkbooks.forEach((name, bytes) -> files.write("src/main/resources/" + RULES_PATH + name, bytes));
		KieBuilder builder = services.newKieBuilder(files);
		try {
			builder.buildAll(ExecutableModelProject.class);
		}
		catch (RuntimeException ex) {
			problems.add(Problem.error(ProblemCode.COMPILE_FAILED, "",
					"Drools could not compile the workbooks: " + ex.getMessage(),
					"Drools tidak dapat mengompilasi buku kerja: " + ex.getMessage()));
			return null;
		}
		List<Message> errors = new ArrayList<>(builder.getResults().getMessages(Message.Level.ERROR));
		if (!errors.isEmpty()) {
			for (Message error : errors) {
				String path = (error.getPath() != null) ? error.getPath().replace(RULES_PATH, "") : "";
				String text = error.getText().strip();
				problems.add(Problem.error(ProblemCode.COMPILE_ERROR, path, text, "Galat kompilasi Drools: " + text));
			}
			services.getRepository().removeKieModule(releaseId);
			return null;
		}
		KieBase kieBase = services.newKieContainer(releaseId).getKieBase(KBASE);
		services.getRepository().removeKieModule(releaseId);
		return kieBase;
	}

}
