/**
 * Proposals (建言献策) and public-opinion reports (社情民意信息), from submission to a decision of the
 * district party committee or government and its implementation. A member, a group of members
 * (co-signers) or a democratic-party organisation drafts and submits a proposal; staff register,
 * decline, merge or return it and assign it to a lead handling unit with co-handling units and a
 * deadline; the unit replies and the proposer gives feedback, and may ask for re-handling. Members
 * and units submit reports, which staff edit, report upward and mark adopted at a level or
 * instructed by a leader. Either may be linked to one decision, whose implementation results carry
 * progress from 0 to 100% with dated updates. Duty-performance scores and figures count all of it
 * per period, session (届次) and organisation. Every step is kept in a history (ADR 0007).
 * Depends on members, org, identity, audit and shared.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Proposals")
package org.tongxin.proposals;
