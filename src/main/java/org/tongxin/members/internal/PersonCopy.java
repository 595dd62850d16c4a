package org.tongxin.members.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.tongxin.shared.security.Actor;

/**
 * Inserts new people with PostgreSQL's COPY, in the caller's transaction: the bulk path of the
 * Excel import, where one INSERT per row (identity ids defeat JDBC batching) would cost more
 * than the validation. Each person's history starts with its "created" row, as
 * {@link PersonHistory} writes it for a form. Writes exactly the columns {@link Person#apply} sets, from the same
 * checked {@link PersonValues} and sealed fields, so a person imported and a person entered in
 * the form are the same row (PersonCopyTests compares them).
 */
@Component
class PersonCopy {

	private static final String PERSON_COLUMNS = "id, unit_id, unit_path, name, name_key, name_initials, name_spaced, gender,"
			+ " birth_date, ethnicity, id_number_enc, id_number_hash, id_number_mask, phone_enc, phone_hash, phone_mask,"
			+ " education, work_unit, post, political_affiliation, religion, expertise, awards, notes, liaison_user_id,"
			+ " created_at, updated_at, version";

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final SensitiveFields sensitive;

	PersonCopy(DataSource dataSource, JdbcClient jdbc, SensitiveFields sensitive) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.sensitive = sensitive;
	}

	/** Inserts the people, each with the "created" row of their history; returns their new ids in order. */
	List<Long> insert(Actor actor, List<PersonValues> people, Instant now) {
		if (people.isEmpty()) {
			return List.of();
		}
		List<Long> ids = jdbc.sql("select nextval('members_person_id_seq') from generate_series(1, :n)")
			.param("n", people.size())
			.query(Long.class)
			.list();
		CopyText persons = new CopyText();
		CopyText categories = new CopyText();
		CopyText history = new CopyText();
		for (int i = 0; i < people.size(); i++) {
			PersonValues v = people.get(i);
			long id = ids.get(i);
			SensitiveFields.Sealed idNumber = sensitive.idNumber(v.idNumber());
			SensitiveFields.Sealed phone = sensitive.phone(v.phone());
			persons.row(id, v.unit().id(), v.unit().path(), v.name(), v.nameKey(), v.nameInitials(), v.nameSpaced(),
					v.gender() == null ? null : v.gender().name(), v.birthDate(), v.ethnicity(), idNumber.ciphertext(),
					idNumber.hash(), idNumber.mask(), phone.ciphertext(), phone.hash(), phone.mask(), v.education(),
					v.workUnit(), v.post(), v.politicalAffiliation(), v.religion(), v.expertise(), v.awards(), v.notes(),
					v.liaisonUserId(), now, now, 0);
			v.categories().forEach(c -> categories.row(id, c));
			history.row(id, now, actor.userId(), actor.displayName(), ChangeSource.IMPORT.name(), PersonHistory.CREATED, false);
		}
		copy("members_person (" + PERSON_COLUMNS + ")", persons);
		copy("members_person_category (person_id, category)", categories);
		copy("members_person_change (person_id, changed_at, actor_user_id, actor_name, source, field, sealed)", history);
		return ids;
	}

	private void copy(String target, CopyText rows) {
		if (rows.isEmpty()) {
			return;
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY " + target + " FROM STDIN", new StringReader(rows.toString()));
		}
		catch (SQLException | IOException ex) {
			throw new org.springframework.dao.DataIntegrityViolationException("COPY into " + target + " failed", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/** PostgreSQL's COPY text format: tab-separated, \N for null, backslash escapes. */
	static final class CopyText {

		private final StringBuilder text = new StringBuilder();

		void row(Object... values) {
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					text.append('\t');
				}
				append(values[i]);
			}
			text.append('\n');
		}

		boolean isEmpty() {
			return text.isEmpty();
		}

		private void append(Object value) {
			if (value == null) {
				text.append("\\N");
				return;
			}
			String s = value instanceof Instant instant ? instant.toString() : value.toString();
			for (int i = 0; i < s.length(); i++) {
				char c = s.charAt(i);
				switch (c) {
					case '\\' -> text.append("\\\\");
					case '\t' -> text.append("\\t");
					case '\n' -> text.append("\\n");
					case '\r' -> text.append("\\r");
					default -> text.append(c);
				}
			}
		}

		@Override
		public String toString() {
			return text.toString();
		}

	}

}
