package org.tongxin.members.posts;

/** What a post is: a seat in a people's congress or a political consultative conference (both by session), or a post in an association or chamber. */
enum PostKind {

	NPC, CPPCC, ASSOCIATION_POST;

	/** NPC and CPPCC seats belong to a level's body and a session; association posts name their organisation instead. */
	boolean bySession() {
		return this != ASSOCIATION_POST;
	}

}
