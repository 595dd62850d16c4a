package org.tongxin.members.importing;

/**
 * The preview's figures: rows read, new people, registered people the rows describe and how many
 * of them UPDATE or FILL_EMPTY would change, bad rows, and rows whose ID number is registered to
 * somebody of another name (applied only when confirmed one by one). Confirmation recomputes them
 * and applies only if they are still the same.
 */
public record ImportCounts(int total, int fresh, int existing, int changedByUpdate, int changedByFill, int bad,
		int toConfirm) {

	/** Registered people that the chosen mode would change. */
	int changedBy(ImportMode mode) {
		return switch (mode) {
			case SKIP -> 0;
			case UPDATE -> changedByUpdate;
			case FILL_EMPTY -> changedByFill;
		};
	}

}
