package org.tongxin.members.photo;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person's photo as kept: the re-encoded JPEG and its hash (see {@link PhotoImages}). One per person. */
@Entity
@Table(name = "members_person_photo")
class PersonPhoto {

	@Id
	private Long personId;

	private byte[] content;

	private String contentHash;

	private int width;

	private int height;

	private Instant updatedAt;

	protected PersonPhoto() {
	}

	PersonPhoto(long personId) {
		this.personId = personId;
	}

	void replace(PhotoImages.Encoded image, Instant now) {
		this.content = image.jpeg();
		this.contentHash = image.hash();
		this.width = image.width();
		this.height = image.height();
		this.updatedAt = now;
	}

	byte[] getContent() {
		return content;
	}

	String getContentHash() {
		return contentHash;
	}

	int getWidth() {
		return width;
	}

	int getHeight() {
		return height;
	}

}
