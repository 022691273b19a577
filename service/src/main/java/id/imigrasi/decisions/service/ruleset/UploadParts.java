package id.imigrasi.decisions.service.ruleset;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.web.multipart.MultipartFile;

import id.imigrasi.decisions.engine.Problem;
import id.imigrasi.decisions.engine.ProblemCode;

/**
 * The parts of an upload's multipart body as files, for every endpoint that takes one (an
 * upload, the impact of a candidate).
 */
public final class UploadParts {

	private UploadParts() {
	}

	/**
	 * Parts by their file name as sent: the lifecycle refuses a name that is not a plain
	 * file name (a path, {@code .}, {@code ..}, empty), and two parts of one name are
	 * refused here, where they are still two.
	 */
	public static Map<String, byte[]> read(String kind, List<MultipartFile> parts) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		if (parts != null) {
			for (MultipartFile part : parts) {
				String name = (part.getOriginalFilename() != null) ? part.getOriginalFilename() : "";
				if (files.put(name, part.getBytes()) != null) {
					throw new RulesetRejectedException(List.of(Problem.error(ProblemCode.BAD_FILE_NAME, kind,
							"Two '" + kind + "' parts have the same file name; send each file once.",
							"Dua bagian '" + kind + "' bernama berkas sama; kirim setiap berkas sekali.")));
				}
			}
		}
		return files;
	}

}
