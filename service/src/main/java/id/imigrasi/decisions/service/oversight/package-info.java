/**
 * Human oversight (issue 15, SPEC 8.1): the officer's final action on each
 * recommendation, how each criterion performs (hits, decisive hits, overrides and their
 * reasons, owner and review-by date), the access log for admins, and the gate that keeps
 * a criterion long past its review date from going live unexplained. The engine
 * recommends, an officer decides; this is where the product learns what officers did. The
 * outcomes and counts themselves are kept by the decision log ({@code audit}).
 */
package id.imigrasi.decisions.service.oversight;
