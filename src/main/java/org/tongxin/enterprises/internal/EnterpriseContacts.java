package org.tongxin.enterprises.internal;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

/**
 * The contact people of an enterprise: phones sealed at rest, shown unmasked only to holders of
 * MEMBER_SENSITIVE_VIEW (the same privilege as members' phones), and every unmasked view audited
 * (which contacts, never the numbers). A contact of an enterprise out of scope is a 404.
 */
@Service
public class EnterpriseContacts {

	private final EnterpriseStore store;

	private final EnterpriseAccess access;

	private final ContactPhones phones;

	private final AuditLog auditLog;

	EnterpriseContacts(EnterpriseStore store, EnterpriseAccess access, ContactPhones phones, AuditLog auditLog) {
		this.store = store;
		this.access = access;
		this.phones = phones;
		this.auditLog = auditLog;
	}

	/** Not read-only: an unmasked view writes its audit record here. */
	@Requires(Privilege.ENTERPRISE_VIEW)
	@Transactional
	public List<Views.Contact> of(Actor actor, long enterpriseId) {
		access.enterprise(actor, enterpriseId);
		return shown(actor, enterpriseId);
	}

	/** The contacts as {@link #of} shows them, for a caller that has checked the enterprise's scope already. */
	List<Views.Contact> shown(Actor actor, long enterpriseId) {
		List<EnterpriseStore.StoredContact> contacts = store.contacts(enterpriseId);
		boolean unmasked = actor.can(Privilege.MEMBER_SENSITIVE_VIEW);
		List<Long> revealed = contacts.stream().filter(c -> c.phoneEnc() != null).map(EnterpriseStore.StoredContact::id)
			.toList();
		if (unmasked && !revealed.isEmpty()) {
			auditLog.append(AuditRecord.of("ENTERPRISE_CONTACT_VIEW").target("enterprise", enterpriseId)
				.detail("contacts", revealed.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("")));
		}
		return contacts.stream().map(c -> view(c, unmasked)).toList();
	}

	@Requires(Privilege.ENTERPRISE_MANAGE)
	@Transactional
	public Views.Contact add(Actor actor, long enterpriseId, Drafts.ContactDraft draft) {
		access.enterprise(actor, enterpriseId);
		Values.Contact values = EnterpriseRules.contact(draft);
		ContactPhones.Sealed phone = phones.seal(values.phone());
		long id = store.insertContact(enterpriseId, values, phone.ciphertext(), phone.mask());
		store.touch(enterpriseId, access.now());
		auditLog.append(AuditRecord.of("ENTERPRISE_CONTACT_ADDED").target("enterprise", enterpriseId).detail("contact", id)
			.detail("name", values.name()).detail("phone", values.phone() != null));
		return new Views.Contact(id, enterpriseId, values.name(), values.title(), phone.mask(), false);
	}

	/** Replaces a contact's fields; an empty phone removes the number. */
	@Requires(Privilege.ENTERPRISE_MANAGE)
	@Transactional
	public Views.Contact edit(Actor actor, long contactId, Drafts.ContactDraft draft) {
		EnterpriseStore.StoredContact contact = visible(actor, contactId);
		Values.Contact values = EnterpriseRules.contact(draft);
		ContactPhones.Sealed phone = phones.seal(values.phone());
		store.updateContact(contactId, values, phone.ciphertext(), phone.mask());
		store.touch(contact.enterpriseId(), access.now());
		auditLog.append(AuditRecord.of("ENTERPRISE_CONTACT_CHANGED").target("enterprise", contact.enterpriseId())
			.detail("contact", contactId).detail("name", values.name()).detail("phone", values.phone() != null));
		return new Views.Contact(contactId, contact.enterpriseId(), values.name(), values.title(), phone.mask(), false);
	}

	@Requires(Privilege.ENTERPRISE_MANAGE)
	@Transactional
	public long remove(Actor actor, long contactId) {
		EnterpriseStore.StoredContact contact = visible(actor, contactId);
		store.deleteContact(contactId);
		store.touch(contact.enterpriseId(), access.now());
		auditLog.append(AuditRecord.of("ENTERPRISE_CONTACT_REMOVED").target("enterprise", contact.enterpriseId())
			.detail("contact", contactId).detail("name", contact.name()));
		return contact.enterpriseId();
	}

	/** The enterprise a contact belongs to, when the actor may see it (pages redirect there). */
	@Requires(Privilege.ENTERPRISE_VIEW)
	@Transactional(readOnly = true)
	public long enterpriseOf(Actor actor, long contactId) {
		return visible(actor, contactId).enterpriseId();
	}

	private EnterpriseStore.StoredContact visible(Actor actor, long contactId) {
		EnterpriseStore.StoredContact contact = store.contact(contactId)
			.orElseThrow(() -> new NotFoundException("contact", contactId));
		access.enterprise(actor, contact.enterpriseId(), "contact", contactId);
		return contact;
	}

	private Views.Contact view(EnterpriseStore.StoredContact c, boolean unmasked) {
		String phone = unmasked ? phones.open(c.phoneEnc()) : c.phoneMask();
		return new Views.Contact(c.id(), c.enterpriseId(), c.name(), c.title(), phone, unmasked && c.phoneEnc() != null);
	}

}
