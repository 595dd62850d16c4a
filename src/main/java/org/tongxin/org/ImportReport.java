package org.tongxin.org;

import java.util.List;

/**
 * The outcome of a division import: counts when it was written, or the problems (at most
 * {@link #MAX_PROBLEMS} kept, {@code problemCount} all found) when nothing was written.
 */
public record ImportReport(int rows, int created, int updated, int unchanged, List<ImportProblem> problems,
		int problemCount) implements java.io.Serializable {

	public static final int MAX_PROBLEMS = 1000;

	public static ImportReport refused(List<ImportProblem> problems) {
		int count = problems.size();
		return new ImportReport(0, 0, 0, 0, List.copyOf(problems.subList(0, Math.min(count, MAX_PROBLEMS))), count);
	}

	public static ImportReport written(int rows, int created, int updated, int unchanged) {
		return new ImportReport(rows, created, updated, unchanged, List.of(), 0);
	}

	public boolean accepted() {
		return problemCount == 0;
	}

}
