package org.tongxin.shared.workflow;

/** A file as a user sent it: the name their device gave it and its bytes, not yet checked. */
public record Upload(String fileName, byte[] content) {
}
