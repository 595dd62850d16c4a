package org.tongxin.enterprises.internal;

/** Input as typed (pages) or sent (API): text everywhere, checked by {@link EnterpriseRules}. */
public final class Drafts {

	private Drafts() {
	}

	/**
	 * An enterprise: {@code unitCode} the code of its town or village; {@code operatorPersonId} a
	 * person of the registry (empty: none); {@code version} required for a change. On a change,
	 * null fields keep their values and empty strings clear the optional ones.
	 */
	public record EnterpriseDraft(String name, String creditCode, String unitCode, String park, String industry,
			String address, String operatorPersonId, String status, Long version) {

		EnterpriseDraft over(EnterpriseDraft before) {
			return new EnterpriseDraft(or(name, before.name), or(creditCode, before.creditCode),
					or(unitCode, before.unitCode), or(park, before.park), or(industry, before.industry),
					or(address, before.address), or(operatorPersonId, before.operatorPersonId), or(status, before.status),
					version);
		}

	}

	/** A contact person: name, title, phone (mobile or landline). */
	public record ContactDraft(String name, String title, String phone) {
	}

	/**
	 * A measure of the service plan: the owner is free text ({@code owner}) or a user
	 * ({@code ownerUsername}); {@code doneOn} only when DONE (empty: today).
	 */
	public record MeasureDraft(String text, String owner, String ownerUsername, String startsOn, String dueOn,
			String status, String resultNote, String doneOn, Long version) {

		MeasureDraft over(MeasureDraft before) {
			return new MeasureDraft(or(text, before.text), or(owner, before.owner), or(ownerUsername, before.ownerUsername),
					or(startsOn, before.startsOn), or(dueOn, before.dueOn), or(status, before.status),
					or(resultNote, before.resultNote), or(doneOn, before.doneOn), version);
		}

	}

	private static String or(String value, String before) {
		return value != null ? value : before;
	}

}
