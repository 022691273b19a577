package id.imigrasi.decisions.service.system;

/**
 * One thing wrong with a request, where the caller can find it.
 *
 * @param path the JSON path of the field, e.g. {@code $.person.nik} or
 * {@code $.documents[2]}
 * @param message a plain sentence; never quotes a NIK or a name
 */
public record InputProblem(String path, String message) {

}
