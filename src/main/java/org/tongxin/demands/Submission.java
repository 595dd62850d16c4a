package org.tongxin.demands;

/**
 * A demand as submitted: the category, what it is about, and whom it concerns (a person of the
 * registry and/or an enterprise). A member submitting for themselves leaves {@code personId} empty:
 * it is their own. {@code stationCode}: the service station (同心服务站, name or code) where an
 * enterprise brought its difficulty, if it came through one; the case then arises at the station.
 * Text is kept as typed and escaped wherever it is shown.
 */
public record Submission(Long categoryId, String title, String description, Long personId, Long enterpriseId,
		String stationCode) {

	/** A demand not received at a service station. */
	public Submission(Long categoryId, String title, String description, Long personId, Long enterpriseId) {
		this(categoryId, title, description, personId, enterpriseId, null);
	}

}
