/**
 * Which facts a row can read:
 * {@link id.imigrasi.decisions.engine.internal.facts.FactCatalog} finds the
 * {@code @FactPath} getters of the fact classes of {@code model}, so that the validator,
 * the explanation and the case-space analysis pick up a new fact with no edit of their
 * own.
 */
package id.imigrasi.decisions.engine.internal.facts;
