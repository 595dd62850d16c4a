package org.tongxin.proposals.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.tongxin.shared.domain.Rejection;

/**
 * A proposal's rules, without Spring: every step is taken from each status that allows it and
 * refused, naming the status, from every status that does not; and each step's own rules (a reason
 * to decline, every co-signer signed before submitting, a registered proposal to merge into, a
 * comment to ask for re-handling …) refuse naming the field.
 */
class ProposalTest {

	private static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");

	private static final Instant LATER = Instant.parse("2026-03-09T02:00:00Z");

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 9);

	private static final LocalDate DUE = LocalDate.of(2026, 6, 9);

	private static final long AUTHOR = 41;

	private static final ProposalInput.FeedbackText SATISFIED = new ProposalInput.FeedbackText(true, "SATISFIED",
			"ADOPTED", "SATISFIED", null, false);

	private static final ProposalInput.FeedbackText AGAIN = new ProposalInput.FeedbackText(true, "BASIC", "PARTLY",
			"DISSATISFIED", "未覆盖小微茶企", true);

	@Test
	void theTableAllowsEachStatusItsStepsAndTheFinalStatusesNone() {
		assertThat(Proposal.STEPS.at(ProposalStatus.DRAFT)).containsExactlyInAnyOrder(ProposalAction.EDIT,
				ProposalAction.INVITE, ProposalAction.WITHDRAW, ProposalAction.SIGN, ProposalAction.SUBMIT);
		assertThat(Proposal.STEPS.at(ProposalStatus.RETURNED)).isEqualTo(Proposal.STEPS.at(ProposalStatus.DRAFT));
		assertThat(Proposal.STEPS.at(ProposalStatus.SUBMITTED)).containsExactlyInAnyOrder(ProposalAction.REGISTER,
				ProposalAction.DECLINE, ProposalAction.MERGE, ProposalAction.RETURN);
		assertThat(Proposal.STEPS.at(ProposalStatus.REGISTERED)).containsExactly(ProposalAction.ASSIGN);
		assertThat(Proposal.STEPS.at(ProposalStatus.HANDLING)).containsExactlyInAnyOrder(ProposalAction.CO_OPINION,
				ProposalAction.REPLY);
		assertThat(Proposal.STEPS.at(ProposalStatus.REPLIED)).containsExactly(ProposalAction.FEEDBACK);
		for (ProposalStatus last : EnumSet.of(ProposalStatus.DECLINED, ProposalStatus.MERGED, ProposalStatus.CLOSED)) {
			assertThat(Proposal.STEPS.at(last)).as(last.name()).isEmpty();
		}
	}

	@Test
	void aDraftIsRoundOneUnsubmittedAndPrivate() {
		Proposal p = draft();
		assertThat(p.status()).isEqualTo(ProposalStatus.DRAFT);
		assertThat(p.round()).isEqualTo(1);
		assertThat(p.dates().createdAt()).isEqualTo(T0);
		assertThat(p.dates().submittedAt()).isNull();
		assertThat(p.review().publicVisible()).isFalse();
		assertThat(p.handling().leadUnitId()).isNull();
	}

	@Test
	void theAuthorEditsADraftOrAReturnedProposalOnly() {
		ProposalInput.Text changed = new ProposalInput.Text("ECONOMY", "新标题", "新内容");
		assertThat(draft().edited(changed).text()).isEqualTo(changed);
		assertThat(returned().edited(changed).status()).isEqualTo(ProposalStatus.RETURNED);
		refusedElsewhere(ProposalAction.EDIT, p -> p.edited(changed));
	}

	@Test
	void aProposalIsSubmittedOnceEveryInvitedCoSignerHasSignedKeepingItsFirstSubmission() {
		Proposal submitted = draft().submitted(T0, List.of(signer(7, T0)));
		assertThat(submitted.status()).isEqualTo(ProposalStatus.SUBMITTED);
		assertThat(submitted.dates().submittedAt()).isEqualTo(T0);
		assertThat(returned().submitted(LATER, List.of()).dates().submittedAt()).as("first submission kept")
			.isEqualTo(T0);
		refused(() -> draft().submitted(T0, List.of(signer(7, T0), signer(8, null), signer(9, null))), "coSigners",
				"proposal.cosigners.unsigned");
		refusedElsewhere(ProposalAction.SUBMIT, p -> p.submitted(LATER, List.of()));
	}

	@Test
	void aReviewerRegistersASubmittedProposalWithAnOptionalNoteAndMaybePublic() {
		Proposal registered = submitted().registered(LATER, "  符合立案条件 ", true);
		assertThat(registered.status()).isEqualTo(ProposalStatus.REGISTERED);
		assertThat(registered.review()).isEqualTo(new Proposal.Review(LATER, "符合立案条件", null, true));
		assertThat(registered.dates().closedAt()).isNull();
		assertThat(submitted().registered(LATER, " ", false).review().note()).isNull();
		refused(() -> submitted().registered(LATER, "<b>立案</b>", true), "note", "proposal.text.markup");
		refusedElsewhere(ProposalAction.REGISTER, p -> p.registered(LATER, null, false));
	}

	@Test
	void aDeclineNeedsItsReasonAndClosesTheProposal() {
		Proposal declined = submitted().declined(LATER, "已有明确政策规定");
		assertThat(declined.status()).isEqualTo(ProposalStatus.DECLINED);
		assertThat(declined.review().note()).isEqualTo("已有明确政策规定");
		assertThat(declined.dates().closedAt()).isEqualTo(LATER);
		refused(() -> submitted().declined(LATER, ""), "reason", "proposal.reason.required");
		refusedElsewhere(ProposalAction.DECLINE, p -> p.declined(LATER, "理由"));
	}

	@Test
	void aReturnNeedsItsReasonAndLeavesTheProposalOpenForTheAuthor() {
		Proposal back = submitted().returned(LATER, "请补充资金测算");
		assertThat(back.status()).isEqualTo(ProposalStatus.RETURNED);
		assertThat(back.review().note()).isEqualTo("请补充资金测算");
		assertThat(back.dates().closedAt()).isNull();
		refused(() -> submitted().returned(LATER, null), "reason", "proposal.reason.required");
		refusedElsewhere(ProposalAction.RETURN, p -> p.returned(LATER, "理由"));
	}

	@Test
	void aMergeNamesAnotherRegisteredProposalAndClosesThisOne() {
		Proposal target = withId(assigned(), 99);
		Proposal merged = submitted().merged(LATER, target, "内容相近");
		assertThat(merged.status()).isEqualTo(ProposalStatus.MERGED);
		assertThat(merged.review().mergedIntoId()).isEqualTo(99L);
		assertThat(merged.dates().closedAt()).isEqualTo(LATER);
		assertThat(submitted().mergeTarget(99L)).isEqualTo(99L);
		refused(() -> submitted().mergeTarget(null), "targetId", "proposal.targetId.required");
		refused(() -> submitted().mergeTarget(7L), "targetId", "proposal.merge.self");
		refused(() -> submitted().merged(LATER, withId(submitted(), 99), null), "targetId",
				"proposal.merge.targetStatus");
		refusedElsewhere(ProposalAction.MERGE, p -> p.merged(LATER, target, null));
		refusedElsewhere(ProposalAction.MERGE, p -> p.mergeTarget(99L));
	}

	@Test
	void aRegisteredProposalIsAssignedToALeadUnitWithADeadline() {
		Proposal handling = registered().assigned(LATER, 31, "/1/31/", DUE);
		assertThat(handling.status()).isEqualTo(ProposalStatus.HANDLING);
		assertThat(handling.handling()).isEqualTo(new Proposal.Handling(31L, "/1/31/", LATER, DUE));
		refusedElsewhere(ProposalAction.ASSIGN, p -> p.assigned(LATER, 31, "/1/31/", DUE));
	}

	@Test
	void aCoHandlingUnitsOpinionNeedsItsTextAndLeavesTheProposalAsItIs() {
		assertThat(assigned().coOpinion(" 同意牵头单位意见 ")).isEqualTo("同意牵头单位意见");
		refused(() -> assigned().coOpinion(" "), "note", "proposal.note.required");
		refusedElsewhere(ProposalAction.CO_OPINION, p -> p.coOpinion("意见"));
	}

	@Test
	void theLeadUnitRepliesWithItsText() {
		Proposal replied = assigned().replied(LATER, "已制定扶持办法");
		assertThat(replied.status()).isEqualTo(ProposalStatus.REPLIED);
		assertThat(replied.answer()).isEqualTo(new Proposal.Answer(LATER, "已制定扶持办法", null, null));
		refused(() -> assigned().replied(LATER, null), "reply", "proposal.reply.required");
		refused(() -> assigned().replied(LATER, "x".repeat(Proposal.BODY_MAX + 1)), "reply", "proposal.text.tooLong");
		refusedElsewhere(ProposalAction.REPLY, p -> p.replied(LATER, "答复"));
	}

	@Test
	void feedbackWithoutReHandlingClosesTheProposalWithItsGrades() {
		Proposal closed = replied().fedBack(LATER, SATISFIED, TODAY);
		assertThat(closed.status()).isEqualTo(ProposalStatus.CLOSED);
		assertThat(closed.round()).isEqualTo(1);
		assertThat(closed.dates().closedAt()).isEqualTo(LATER);
		assertThat(closed.answer().feedback())
			.isEqualTo(new Feedback(true, Grade.SATISFIED, Adoption.ADOPTED, Grade.SATISFIED, null, false));
		assertThat(closed.answer().feedbackAt()).isEqualTo(LATER);
		assertThat(closed.handling().dueDate()).isEqualTo(DUE);
		refusedElsewhere(ProposalAction.FEEDBACK, p -> p.fedBack(LATER, SATISFIED, TODAY));
	}

	@Test
	void feedbackAskingForReHandlingReopensTheProposalForAnotherRoundDueInAMonth() {
		Proposal reopened = replied().fedBack(LATER, AGAIN, TODAY);
		assertThat(reopened.status()).isEqualTo(ProposalStatus.HANDLING);
		assertThat(reopened.round()).isEqualTo(2);
		assertThat(reopened.handling().dueDate()).isEqualTo(TODAY.plusMonths(Proposal.REHANDLE_MONTHS));
		assertThat(reopened.handling().leadUnitId()).isEqualTo(31L);
		assertThat(reopened.dates().closedAt()).isNull();
		assertThat(reopened.answer().feedback().comment()).isEqualTo("未覆盖小微茶企");
		Proposal secondReply = reopened.replied(LATER, "已扩展至小微茶企");
		assertThat(secondReply.answer().reply()).isEqualTo("已扩展至小微茶企");
		assertThat(secondReply.answer().feedback()).as("the first round's feedback is kept").isNotNull();
	}

	@Test
	void feedbackNeedsItsGradesAndACommentToAskForReHandling() {
		refused(() -> replied().fedBack(LATER, new ProposalInput.FeedbackText(true, "SATISFIED", "PARTLY", "BASIC", " ",
				true), TODAY), "comment", "proposal.comment.required");
		refused(() -> replied().fedBack(LATER, new ProposalInput.FeedbackText(true, null, "PARTLY", "BASIC", null, false),
				TODAY), "attitude", "proposal.attitude.required");
		refused(() -> replied().fedBack(LATER, new ProposalInput.FeedbackText(true, "SATISFIED", "MOSTLY", "BASIC", null,
				false), TODAY), "adoption", "proposal.grade.unknown");
		refused(() -> replied().fedBack(LATER, new ProposalInput.FeedbackText(true, "SATISFIED", "PARTLY", "", null,
				false), TODAY), "result", "proposal.result.required");
	}

	@Test
	void theAuthorOfADraftInvitesEachMemberOnceNeitherTheProposerNorMoreThanTwenty() {
		draft().checkInvitation(300, "联名乙", List.of(signer(7, null)));
		returned().checkInvitation(300, "联名乙", List.of());
		refused(() -> draft().checkInvitation(88, "建言甲", List.of()), "username", "proposal.cosigner.self");
		refused(() -> draft().checkInvitation(1007, "联名7", List.of(signer(7, null))), "username",
				"proposal.cosigner.already");
		List<ProposalStore.CoSigner> twenty = java.util.stream.LongStream.rangeClosed(1, Proposal.MAX_CO_SIGNERS)
			.mapToObj(u -> signer(u, null))
			.toList();
		refused(() -> draft().checkInvitation(300, "联名乙", twenty), "username", "proposal.cosigner.tooMany");
		refusedElsewhere(ProposalAction.INVITE, p -> p.checkInvitation(300, "联名乙", List.of()));
	}

	@Test
	void anOpenInvitationIsWithdrawnOrDeclinedWhileTheProposalIsADraft() {
		assertThat(draft().invitation(1007, List.of(signer(7, null))).userId()).isEqualTo(7);
		refused(() -> draft().invitation(1008, List.of(signer(7, null))), "personId", "proposal.cosigner.notInvited");
		refusedElsewhere(ProposalAction.WITHDRAW, p -> p.invitation(1007, List.of(signer(7, null))));
	}

	@Test
	void anInvitedMemberSignsOnceWhileTheProposalIsADraft() {
		assertThat(draft().signature(7, List.of(signer(7, null))).personId()).isEqualTo(1007);
		refused(() -> draft().signature(7, List.of(signer(7, T0))), "status", "proposal.cosigner.alreadySigned");
		refused(() -> draft().signature(8, List.of(signer(7, null))), "personId", "proposal.cosigner.notInvited");
		refusedElsewhere(ProposalAction.SIGN, p -> p.signature(7, List.of(signer(7, null))));
	}

	/** The step is refused, naming the status, from every status whose steps do not include it. */
	private static void refusedElsewhere(ProposalAction step, Consumer<Proposal> take) {
		for (ProposalStatus status : ProposalStatus.values()) {
			if (!Proposal.STEPS.allows(status, step)) {
				refused(() -> take.accept(at(status)), "status", "proposal.state." + step.name().toLowerCase());
			}
		}
	}

	private static void refused(ThrowingCallable step, String field, String code) {
		assertThatThrownBy(step).isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.problems())
			.anySatisfy(p -> {
				assertThat(p.field()).isEqualTo(field);
				assertThat(p.code()).isEqualTo(code);
			}));
	}

	/** A proposal in the status, reached the way the workflow reaches it. */
	private static Proposal at(ProposalStatus status) {
		return switch (status) {
			case DRAFT -> draft();
			case SUBMITTED -> submitted();
			case RETURNED -> returned();
			case DECLINED -> submitted().declined(LATER, "理由");
			case MERGED -> submitted().merged(LATER, withId(assigned(), 99), null);
			case REGISTERED -> registered();
			case HANDLING -> assigned();
			case REPLIED -> replied();
			case CLOSED -> replied().fedBack(LATER, SATISFIED, TODAY);
		};
	}

	private static Proposal draft() {
		return Proposal.drafted(7, "JY2026000007", new ProposalInput.Text("RURAL", "关于发展茶叶深加工的建议", "建议……"),
				new Proposal.ProposedBy(ProposerKind.MEMBER, 88L, 21, "/1/21/", "建言甲", AUTHOR), T0);
	}

	private static Proposal submitted() {
		return draft().submitted(T0, List.of());
	}

	private static Proposal returned() {
		return submitted().returned(T0, "请补充");
	}

	private static Proposal registered() {
		return submitted().registered(LATER, null, false);
	}

	private static Proposal assigned() {
		return registered().assigned(LATER, 31, "/1/31/", DUE);
	}

	private static Proposal replied() {
		return assigned().replied(LATER, "已办理");
	}

	private static Proposal withId(Proposal p, long id) {
		return new Proposal(id, "JY2026" + String.format("%06d", id), p.text(), p.proposer(), p.status(), p.round(),
				p.dates(), p.review(), p.handling(), p.answer(), p.version());
	}

	private static ProposalStore.CoSigner signer(long userId, Instant signedAt) {
		return new ProposalStore.CoSigner(userId + 1000, userId, "联名" + userId, T0, signedAt);
	}

}
