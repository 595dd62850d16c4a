/**
 * Members' own profiles (本人维护): a login for a person of the registry (an account with the
 * built-in role MEMBER, opened by staff from the person's page), the member's own page at
 * {@code /me} where they see their profile and ask for corrections of the fields that are theirs
 * to know (phone, education, work unit, post, expertise, awards), and the staff's review of those
 * requests at {@code /members/corrections}, within their data scope. An approved correction is
 * applied through the registry's writer, so its rules, audit and history (marked SELF_SERVICE)
 * are the same as for a change in the edit form.
 */
package org.tongxin.members.selfservice;
