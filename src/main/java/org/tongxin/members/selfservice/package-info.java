/**
 * Members' own profiles (本人维护): a login for a person of the registry (an account with the
 * built-in role MEMBER, opened by staff from the person's page), the member's own page at
 * {@code /me} where they see their profile and ask for corrections of the fields that are theirs
 * to know (phone, education, work unit, post, expertise, awards), and the staff's review of those
 * requests at {@code /members/corrections}, within their data scope. An approved correction is
 * applied through the registry's writer, so its rules, audit and history (marked SELF_SERVICE)
 * are the same as for a change in the edit form. A pending request waits in the inbox for the
 * reviewers of the person's town ({@link org.tongxin.members.selfservice.CorrectionWaiting}); the
 * member's page loads the inbox's section (what waits for them: an answer to rate, a proposal to
 * sign) by its address only, so this package does not depend on the inbox module.
 */
package org.tongxin.members.selfservice;
