package org.tongxin.members.internal;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.springframework.stereotype.Component;
import org.tongxin.shared.crypto.PlatformKey;

/**
 * What the search index holds of a person, and nothing else: the name per character and as a
 * keyword, its pinyin and initials, the work unit as words, what the data scope filters by (unit
 * path, unit, liaison), and the ID number's tail for privileged searches: the last 4 characters in
 * clear (the mask shows them anyway), the last 5 and 6 only as keyed hashes, never the number.
 * A Spring bean (SensitiveFields decrypts, the platform key hashes), looked up by Hibernate Search.
 */
@Component
public class PersonDocument implements TypeBinder {

	static final String NAME_CHARS = "nameChars";

	static final String NAME = "name";

	static final String PINYIN = "pinyin";

	static final String INITIALS = "initials";

	static final String WORK_UNIT = "workUnit";

	static final String UNIT_PATH = "unitPath";

	static final String UNIT = "unitId";

	static final String LIAISON = "liaisonUserId";

	static final String ID_TAIL = "idTail";

	private final SensitiveFields sensitive;

	private final PlatformKey key;

	PersonDocument(SensitiveFields sensitive, PlatformKey key) {
		this.sensitive = sensitive;
		this.key = key;
	}

	@Override
	public void bind(TypeBindingContext context) {
		context.dependencies().use("name").use("nameKey").use("nameInitials").use("workUnit").use("unitPath")
			.use("unitId").use("liaisonUserId").use("idNumberEnc");
		IndexSchemaElement schema = context.indexSchemaElement();
		Fields fields = new Fields(
				schema.field(NAME_CHARS, f -> f.asString().analyzer(PersonAnalysis.NAME_CHARS)).toReference(),
				schema.field(NAME, f -> f.asString().normalizer(PersonAnalysis.KEYWORD)).toReference(),
				schema.field(PINYIN, f -> f.asString()).toReference(),
				schema.field(INITIALS, f -> f.asString()).toReference(),
				schema.field(WORK_UNIT, f -> f.asString().analyzer(PersonAnalysis.TEXT)).toReference(),
				schema.field(UNIT_PATH, f -> f.asString()).toReference(),
				schema.field(UNIT, f -> f.asLong()).toReference(),
				schema.field(LIAISON, f -> f.asLong()).toReference(),
				schema.field(ID_TAIL, f -> f.asString()).multiValued().toReference());
		context.bridge(Person.class, new Bridge(fields, this));
	}

	/** The keyed hash under which an ID number's last 5 or 6 characters are indexed and searched. */
	String tailHash(String tail) {
		byte[] mac = key.hmac("search:id-tail", tail.getBytes(StandardCharsets.UTF_8));
		return "h" + tail.length() + ":" + HexFormat.of().formatHex(mac, 0, 10);
	}

	private record Fields(IndexFieldReference<String> nameChars, IndexFieldReference<String> name,
			IndexFieldReference<String> pinyin, IndexFieldReference<String> initials,
			IndexFieldReference<String> workUnit, IndexFieldReference<String> unitPath, IndexFieldReference<Long> unit,
			IndexFieldReference<Long> liaison, IndexFieldReference<String> idTail) {
	}

	private record Bridge(Fields fields, PersonDocument document) implements TypeBridge<Person> {

		@Override
		public void write(DocumentElement target, Person person, TypeBridgeWriteContext context) {
			target.addValue(fields.nameChars(), person.getName());
			target.addValue(fields.name(), person.getName());
			target.addValue(fields.pinyin(), person.getNameKey());
			target.addValue(fields.initials(), person.getNameInitials());
			target.addValue(fields.workUnit(), person.getWorkUnit());
			target.addValue(fields.unitPath(), person.getUnitPath());
			target.addValue(fields.unit(), person.getUnitId());
			target.addValue(fields.liaison(), person.getLiaisonUserId());
			String number = person.getIdNumberEnc() == null ? null : document.sensitive.idNumber(person);
			if (number != null && number.length() >= 6) {
				target.addValue(fields.idTail(), number.substring(number.length() - 4));
				target.addValue(fields.idTail(), document.tailHash(number.substring(number.length() - 5)));
				target.addValue(fields.idTail(), document.tailHash(number.substring(number.length() - 6)));
			}
		}

	}

}
