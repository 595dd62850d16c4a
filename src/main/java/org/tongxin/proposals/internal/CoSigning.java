package org.tongxin.proposals.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.identity.UserDirectory;
import org.tongxin.identity.UserSummary;
import org.tongxin.members.MemberLookup;
import org.tongxin.members.PersonRef;
import org.tongxin.proposals.events.CoSignatureDeclined;
import org.tongxin.proposals.events.CoSignatureGiven;
import org.tongxin.proposals.events.CoSignatureWithdrawn;
import org.tongxin.proposals.events.CoSignerInvited;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;

/**
 * Co-signing (联名) of a member's proposal: the author invites other members by their login name
 * while the proposal is a draft (or returned); each invited member signs with their own login. The
 * proposal cannot be submitted while an invitation is open, so nobody's name goes on a proposal they
 * did not sign, and nobody is dropped without the author seeing it.
 */
@Service
@Transactional
public class CoSigning {

	private final ProposalStore proposals;

	private final ProposalHistory history;

	private final ProposalAccess access;

	private final UserDirectory users;

	private final MemberLookup members;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CoSigning(ProposalStore proposals, ProposalHistory history, ProposalAccess access, UserDirectory users,
			MemberLookup members, ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.proposals = proposals;
		this.history = history;
		this.access = access;
		this.users = users;
		this.members = members;
		this.clock = clock;
	}

	public void invite(Actor actor, long id, String username) {
		ProposalStore.Loaded loaded = access.visible(actor, id);
		access.require(actor, loaded, ProposalAction.INVITE);
		if (username == null || username.isBlank()) {
			throw new Rejection("username", "proposal.username.required");
		}
		UserSummary user = users.findByUsername(username.strip())
			.filter(UserSummary::enabled)
			.orElseThrow(() -> new Rejection("username", "proposal.cosigner.unknown", username.strip()));
		PersonRef person = members.ofAccount(user.id())
			.orElseThrow(() -> new Rejection("username", "proposal.cosigner.unknown", username.strip()));
		Proposal p = loaded.proposal();
		p.checkInvitation(person.id(), person.name(), loaded.coSigners());
		Instant now = clock.instant();
		proposals.invite(id, person.id(), user.id(), person.name(), now);
		history.append(ProposalEvent.of(p, now, actor.userId(), actor.displayName(), ProposalEventKind.COSIGNER_INVITED,
				person.name()));
		events.publishEvent(new CoSignerInvited(id, person.id(), user.id(), now, actor.userId()));
	}

	public void withdraw(Actor actor, long id, long personId) {
		ProposalStore.Loaded loaded = access.visible(actor, id);
		access.require(actor, loaded, ProposalAction.WITHDRAW);
		ProposalStore.CoSigner co = loaded.proposal().invitation(personId, loaded.coSigners());
		if (loaded.proposal().proposer().authorUserId() != actor.userId() && co.userId() != actor.userId()) {
			// a co-signer withdraws only their own invitation
			throw new org.springframework.security.access.AccessDeniedException(
					"user " + actor.userId() + " may not withdraw another co-signer of proposal " + id);
		}
		proposals.withdraw(id, personId);
		Instant now = clock.instant();
		history.append(ProposalEvent.of(loaded.proposal(), now, actor.userId(), actor.displayName(),
				ProposalEventKind.COSIGNER_WITHDRAWN, co.name()));
		// the invited member's own withdrawal is their "no"
		events.publishEvent(co.userId() == actor.userId() ? new CoSignatureDeclined(id, personId, now, actor.userId())
				: new CoSignatureWithdrawn(id, personId, now, actor.userId()));
	}

	/** The invited member signs; a second click changes nothing and says so. */
	public void sign(Actor actor, long id) {
		ProposalStore.Loaded loaded = access.visible(actor, id);
		access.require(actor, loaded, ProposalAction.SIGN);
		ProposalStore.CoSigner invited = loaded.proposal().signature(actor.userId(), loaded.coSigners());
		Instant now = clock.instant();
		// a second click in another tab may have signed since the proposal was read
		if (!proposals.sign(id, actor.userId(), now)) {
			throw new Rejection("status", "proposal.cosigner.alreadySigned");
		}
		history.append(ProposalEvent.of(loaded.proposal(), now, actor.userId(), actor.displayName(),
				ProposalEventKind.COSIGNED, null));
		events.publishEvent(new CoSignatureGiven(id, invited.personId(), now, actor.userId()));
	}

}
