package id.imigrasi.decisions.engine.internal.properties;

/**
 * Kleene's three-valued logic: over a partial case, a condition is true for every
 * completion, false for every completion, or not yet known.
 */
enum Tri {

	FALSE, TRUE, UNKNOWN;

	static Tri of(boolean value) {
		return value ? TRUE : FALSE;
	}

	boolean known() {
		return this != UNKNOWN;
	}

	Tri not() {
		return switch (this) {
			case TRUE -> FALSE;
			case FALSE -> TRUE;
			case UNKNOWN -> UNKNOWN;
		};
	}

	Tri and(Tri other) {
		if (this == FALSE || other == FALSE) {
			return FALSE;
		}
		return (this == TRUE && other == TRUE) ? TRUE : UNKNOWN;
	}

	Tri or(Tri other) {
		if (this == TRUE || other == TRUE) {
			return TRUE;
		}
		return (this == FALSE && other == FALSE) ? FALSE : UNKNOWN;
	}

}
