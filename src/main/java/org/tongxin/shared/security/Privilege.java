package org.tongxin.shared.security;

/**
 * Named privileges. Roles are made of these; module API methods declare the one they need
 * ({@code @Requires(Privilege.UNIT_MANAGE)}). Labels: {@code privilege.<NAME>} in the
 * message bundles. New modules add their privileges here.
 */
public enum Privilege {

	/** Browse the work network. */
	UNIT_VIEW,
	/** Add, rename, move and deactivate units. */
	UNIT_MANAGE,
	/** Import a division file. */
	DIVISION_IMPORT,
	/** See user accounts. */
	USER_VIEW,
	/** Create, change, disable and unlock accounts; issue API tokens for others. */
	USER_MANAGE,
	/** Change roles and their privileges. */
	ROLE_MANAGE,
	/** Browse and verify the audit trail. */
	AUDIT_VIEW,
	/** Browse the member registry (sensitive fields masked). */
	MEMBER_VIEW,
	/** Add and change people in the member registry. */
	MEMBER_MANAGE,
	/** See ID number, phone, ethnicity, religion and political affiliation unmasked (each view audited). */
	MEMBER_SENSITIVE_VIEW,
	/** Export member lists. */
	MEMBER_EXPORT,
	MEMBER_IMPORT,
	/** Keep the member categories (统战工作对象): add, rename, reorder, deactivate, and their synonyms for imports. */
	MEMBER_CATEGORY_MANAGE,
	/** Keep the business calendar: statutory holidays and adjusted working days (调休上班). */
	CALENDAR_MANAGE,
	/** See the demand cases within the data scope (where they arise, where they are handled or escalated to). */
	DEMAND_VIEW,
	/** Accept or decline the demands arising within the scope, assign and transfer them. */
	DEMAND_DISPATCH,
	/** Record progress and answers for cases assigned to a unit within the scope. */
	DEMAND_HANDLE,
	/** Write supervision notes (督办) on open cases within the scope. */
	DEMAND_SUPERVISE,
	/** Keep the demand categories and their time limits. */
	DEMAND_CATEGORY_MANAGE,
	/** Browse enterprises and their service plans (contact phones masked without MEMBER_SENSITIVE_VIEW). */
	ENTERPRISE_VIEW,
	/** Add and change enterprises, their contacts and their service plan measures. */
	ENTERPRISE_MANAGE,
	/** See the submitted proposals and public-opinion reports of the deployment, and their decisions. */
	PROPOSAL_VIEW,
	/** Review proposals (register, decline, merge, return, assign) and reports (edit, accept, report upward, record adoptions and instructions). */
	PROPOSAL_REVIEW,
	/** Reply to the proposals assigned to a unit within the scope, as lead or co-handling unit; update the implementation results it owns. */
	PROPOSAL_HANDLE,
	/** Record decisions, link proposals and reports to them, and keep their implementation results. */
	DECISION_MANAGE,
	/** Keep the sessions (届次) and the duty-performance score rules. */
	PROPOSAL_SCORING_MANAGE;

	/** Privileges that make a user an administrator, who must use a second factor. */
	public boolean isAdministrative() {
		return this == USER_MANAGE || this == ROLE_MANAGE || this == DIVISION_IMPORT;
	}

}
