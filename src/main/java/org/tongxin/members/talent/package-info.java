/**
 * The talent pool (党外人才库) of the member registry: talent tags on people (a vocabulary the
 * department keeps), cultivation plans (培养计划) with ordered, dated steps, and the elite project
 * list (同心精英项目). Everything about a person is read and changed under the registry's data
 * scope ({@link org.tongxin.members.internal.MemberScope}): a person out of scope is a 404. The
 * vocabularies themselves (tags, projects) are district-wide and changed only by department staff
 * (MEMBER_MANAGE with the whole district in scope), so a town cannot rename the district's lists.
 * A plan owns its rules ({@link org.tongxin.members.talent.CultivationPlan}: one table of status →
 * allowed steps); its next open step waits in the inbox for the person's town
 * ({@link org.tongxin.members.talent.PlanWaiting}).
 */
package org.tongxin.members.talent;
