/**
 * Demands (诉求) handled to the end: a member, a liaison on a member's behalf, a service station for
 * an enterprise, or another system submits a demand; the officers of the unit where it arises
 * accept or decline it and assign it to a responsible unit with a lead handler; the handler answers;
 * the requester rates the answer, and "dissatisfied" reopens it for another round. Deadlines are
 * counted in working days on the business calendar from stored timestamps; overdue steps escalate
 * to the superior unit once, whichever node notices first. Every step is kept in the case history.
 * Depends on calendar, members, enterprises, org, identity, audit and shared.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demands")
package org.tongxin.demands;
