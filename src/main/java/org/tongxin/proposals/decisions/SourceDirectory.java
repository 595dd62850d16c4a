package org.tongxin.proposals.decisions;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.tongxin.proposals.SourceKind;
import org.tongxin.proposals.SourceRecords;
import org.tongxin.shared.domain.NotFoundException;

/**
 * The {@link SourceRecords} of each kind, the only way the decisions part sees proposals and
 * reports. Looked up on first use rather than at construction, so that a part whose bean is not
 * there (yet) leaves its kind unknown (404) instead of stopping the application.
 */
@Component
public class SourceDirectory {

	private final ObjectProvider<SourceRecords> provider;

	private volatile Map<SourceKind, SourceRecords> byKind;

	@Autowired
	SourceDirectory(ObjectProvider<SourceRecords> provider) {
		this.provider = provider;
	}

	/** For plain tests: the given sources. */
	SourceDirectory(Map<SourceKind, SourceRecords> byKind) {
		this.provider = null;
		this.byKind = Map.copyOf(byKind);
	}

	Optional<SourceRecords> find(SourceKind kind) {
		return Optional.ofNullable(all().get(kind));
	}

	/** The records of a kind, or 404 (an unknown kind of source is an unknown source). */
	SourceRecords of(SourceKind kind, long id) {
		return find(kind).orElseThrow(() -> new NotFoundException(kind.name().toLowerCase(), id));
	}

	Map<SourceKind, SourceRecords> all() {
		Map<SourceKind, SourceRecords> map = byKind;
		if (map == null) {
			map = new EnumMap<>(SourceKind.class);
			for (SourceRecords records : provider.orderedStream().toList()) {
				map.put(records.kind(), records);
			}
			byKind = map;
		}
		return map;
	}

}
