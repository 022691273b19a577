package id.imigrasi.decisions.engine;

/** A reason an officer can read out, in Bahasa Indonesia and in English. */
public record Reason(String id, String en) {

}
