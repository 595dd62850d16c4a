package org.tongxin.members.selfservice;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A correction as its viewer may see it (values of a sensitive field masked unless
 * {@code unmasked}); {@code version} for the decision forms.
 */
public record CorrectionView(long id, long personId, String personName, String unitName, Instant requestedAt,
		String reason, CorrectionStatus status, String decidedByName, Instant decidedAt, String decisionNote,
		List<Change> changes, boolean unmasked) {

	/** One field: its label key ({@code member.<field>}), the value when asked and the value asked for. */
	public record Change(String field, String labelKey, String before, String after) {
	}

	@JsonProperty("pending")
	public boolean pending() {
		return status == CorrectionStatus.PENDING;
	}

}
