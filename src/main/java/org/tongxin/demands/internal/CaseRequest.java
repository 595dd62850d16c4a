package org.tongxin.demands.internal;

import java.time.Instant;

import org.tongxin.demands.Channel;

/** What a case asks, under which category, through which channel and when; fixed once submitted. */
public record CaseRequest(long categoryId, String title, String description, Channel channel, Instant submittedAt) {
}
