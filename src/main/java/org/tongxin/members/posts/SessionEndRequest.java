package org.tongxin.members.posts;

/** "End the 第十届 district CPPCC session on 2026-12-31" as typed; checked by {@link PostRules#sessionEnd}. */
public record SessionEndRequest(String kind, String level, String sessionNumber, String endedOn) {
}
