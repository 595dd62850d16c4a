package org.tongxin.members.photo;

/** A person's photo for an answer: JPEG bytes and the hash that is its ETag. */
public record Photo(byte[] jpeg, String hash, int width, int height) {

	/** What the API answers after an upload: the photo without its bytes. */
	public record Summary(String hash, int width, int height) {
	}

}
