/**
 * The member registry (统战对象库): the people united front work is about, with their home unit in
 * the network, their categories and their sensitive fields (ID number and phone encrypted at rest,
 * masked for roles without {@code MEMBER_SENSITIVE_VIEW}, every unmasked view audited). Depends on
 * org (units, data scope), identity, audit and shared. Other modules (demands, enterprises) refer to a
 * person through {@link org.tongxin.members.MemberLookup}: names and units only, never a sensitive field.
 *
 * <p>Two of its records are workflows ({@link org.tongxin.members.MemberRecords}): a member's
 * correction request ({@code CorrectionRequested}, {@code CorrectionApproved},
 * {@code CorrectionRejected}, {@code CorrectionWithdrawn}) and a cultivation plan
 * ({@code PlanCreated}, {@code PlanChanged}, {@code PlanStepAdded}, {@code PlanStepDone},
 * {@code PlanClosed}, {@code PlanReopened}). Each step publishes its event in its transaction, and
 * each record type says what waits on it ({@code WaitingWorkSource}) for the inbox.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Member registry")
package org.tongxin.members;
