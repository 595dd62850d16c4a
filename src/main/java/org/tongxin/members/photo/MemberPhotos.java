package org.tongxin.members.photo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;
import org.tongxin.members.internal.ChangeSource;
import org.tongxin.members.internal.MemberScope;
import org.tongxin.members.internal.PersonHistory;
import org.tongxin.members.internal.PersonRepository;
import org.tongxin.org.UnitAccess;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

/**
 * People's photos on behalf of an actor: the registry's data scope first (a person out of scope is
 * a 404 before the upload is looked at), uploads checked and re-encoded by {@link PhotoImages},
 * every change audited (MEMBER_PHOTO_CHANGED) and in the person's history.
 */
@Service
public class MemberPhotos {

	/** History rows name a photo by this many characters of its hash. */
	private static final int HASH_SHOWN = 12;

	private final PersonPhotoRepository photos;

	private final PersonRepository people;

	private final UnitAccess access;

	private final PersonHistory history;

	private final AuditLog auditLog;

	private final Clock clock;

	MemberPhotos(PersonPhotoRepository photos, PersonRepository people, UnitAccess access, PersonHistory history,
			AuditLog auditLog, Clock clock) {
		this.photos = photos;
		this.people = people;
		this.access = access;
		this.history = history;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Requires(Privilege.MEMBER_VIEW)
	@Transactional(readOnly = true)
	public Optional<Photo> of(Actor actor, long personId) {
		visible(actor, personId);
		return photos.findById(personId)
			.map(p -> new Photo(p.getContent(), p.getContentHash(), p.getWidth(), p.getHeight()));
	}

	/** Sets or replaces the photo; the same image again changes nothing. */
	@Requires(Privilege.MEMBER_MANAGE)
	@Transactional
	public Photo.Summary replace(Actor actor, long personId, MultipartFile upload) {
		visible(actor, personId);
		PhotoImages.Encoded image = PhotoImages.reencode(read(upload));
		Optional<PersonPhoto> existing = photos.findById(personId);
		String before = existing.map(PersonPhoto::getContentHash).orElse(null);
		if (image.hash().equals(before)) {
			return new Photo.Summary(image.hash(), image.width(), image.height());
		}
		PersonPhoto photo = existing.orElseGet(() -> new PersonPhoto(personId));
		photo.replace(image, clock.instant());
		photos.saveAndFlush(photo);
		auditLog.append(AuditRecord.of("MEMBER_PHOTO_CHANGED").target("member", personId)
			.detail("change", before == null ? "added" : "replaced").detail("hash", image.hash())
			.detail("width", image.width()).detail("height", image.height()));
		history.recorded(actor, personId, PersonHistory.PHOTO, shown(before), shown(image.hash()), ChangeSource.current());
		return new Photo.Summary(image.hash(), image.width(), image.height());
	}

	/** Removes the photo; false when there was none (nothing changed, nothing audited). */
	@Requires(Privilege.MEMBER_MANAGE)
	@Transactional
	public boolean remove(Actor actor, long personId) {
		visible(actor, personId);
		Optional<PersonPhoto> existing = photos.findById(personId);
		if (existing.isEmpty()) {
			return false;
		}
		photos.delete(existing.get());
		photos.flush();
		auditLog.append(AuditRecord.of("MEMBER_PHOTO_CHANGED").target("member", personId).detail("change", "removed")
			.detail("hash", existing.get().getContentHash()));
		history.recorded(actor, personId, PersonHistory.PHOTO, shown(existing.get().getContentHash()), null,
				ChangeSource.current());
		return true;
	}

	/** The bytes of an upload; its declared size is checked first, so a huge one is never read into memory. */
	private static byte[] read(MultipartFile upload) {
		if (upload == null || upload.isEmpty()) {
			throw new Rejection(PhotoImages.FIELD, "photo.required");
		}
		if (upload.getSize() > PhotoImages.MAX_BYTES) {
			throw new Rejection(PhotoImages.FIELD, "photo.tooLarge", PhotoImages.MAX_BYTES / (1024 * 1024));
		}
		try {
			return upload.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void visible(Actor actor, long personId) {
		people.findById(personId)
			.filter(MemberScope.of(actor, access)::admits)
			.orElseThrow(() -> new NotFoundException("member", personId));
	}

	private static String shown(String hash) {
		return hash == null ? null : hash.substring(0, HASH_SHOWN);
	}

}
