package org.tongxin.members.internal;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tongxin.identity.UserDirectory;
import org.tongxin.identity.UserSummary;
import org.tongxin.members.MemberCategories;
import org.tongxin.members.MemberDetail;
import org.tongxin.members.MemberDraft;
import org.tongxin.org.UnitAccess;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.security.Actor;

/**
 * What members' own profiles (package {@code selfservice}) need of the registry's internals, and
 * no more: a person as the member sees themselves, a proposal checked by the registry's rules, and
 * an approved correction applied through {@link MemberWriter#edit} with the history marked
 * SELF_SERVICE. No privilege checks here: the self-service services make them.
 */
@Component
public class SelfServiceAccess {

	private final PersonRepository people;

	private final MemberWriter writer;

	private final MemberView view;

	private final SensitiveFields sensitive;

	private final Units units;

	private final UnitAccess access;

	private final UserDirectory users;

	private final MemberCategories categories;

	SelfServiceAccess(PersonRepository people, MemberWriter writer, MemberView view, SensitiveFields sensitive, Units units,
			UnitAccess access, UserDirectory users, MemberCategories categories) {
		this.categories = categories;
		this.people = people;
		this.writer = writer;
		this.view = view;
		this.sensitive = sensitive;
		this.units = units;
		this.access = access;
		this.users = users;
	}

	public Optional<Person> find(long personId) {
		return people.findById(personId);
	}

	/** The person if the actor's data scope admits them; otherwise 404, the same as an unknown id. */
	public Person visible(Actor actor, long personId) {
		return writer.visible(actor, personId);
	}

	public boolean admits(Actor actor, Person person) {
		return MemberScope.of(actor, access).admits(person);
	}

	/**
	 * The person as they see themselves: their own phone, ethnicity, affiliation and religion (it is
	 * their data), the ID number masked all the same (a phone screen is easily overlooked).
	 */
	public MemberDetail ownDetail(Person p) {
		String liaison = p.getLiaisonUserId() == null ? null
				: users.find(p.getLiaisonUserId()).map(UserSummary::displayName).orElse(null);
		MemberDetail d = view.detail(p, units.find(p.getUnitId()).orElse(null), liaison, true);
		return new MemberDetail(d.id(), d.version(), d.name(), d.gender(), d.birthDate(), d.birthYear(), d.unit(), d.ethnicity(),
				p.getIdNumberMask(), d.phone(), d.education(), d.workUnit(), d.post(), d.politicalAffiliation(),
				d.religion(), d.expertise(), d.awards(), null, d.liaisonUserId(), d.liaisonName(), d.categories(),
				d.createdAt(), d.updatedAt(), false);
	}

	/** Every current value, normalised as the rules leave them (sensitive ones decrypted). */
	public MemberDraft current(Person p) {
		return writer.currentDraft(p, unitOf(p));
	}

	/**
	 * The person's values with {@code proposal} over them, checked and normalised by the registry's
	 * rules (a bad phone is refused here, naming the field, as in the staff form).
	 */
	public MemberDraft checked(Person p, MemberDraft proposal) {
		UnitSummary unit = unitOf(p);
		return PersonRules.check(proposal.over(current(p)), code -> Optional.of(unit), id -> true,
				categories.choice(Set.copyOf(p.getCategories())), writer.today())
			.toDraft(p.getVersion());
	}

	/** Applies approved values as {@code reviewer} would in the edit form; the history says SELF_SERVICE. */
	public void apply(Actor reviewer, long personId, MemberDraft changes) {
		ChangeSource.SELF_SERVICE.during(() -> writer.edit(reviewer, personId, changes));
	}

	private UnitSummary unitOf(Person p) {
		return units.find(p.getUnitId()).orElseThrow(() -> new NotFoundException("member", p.getId()));
	}

}
