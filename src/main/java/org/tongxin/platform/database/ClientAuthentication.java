package org.tongxin.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the embedded cluster ask every client for the password (scram-sha-256), before the server
 * starts. The library creates clusters with {@code initdb -A trust}, and older platform versions
 * kept that: any local account was a database superuser (issue 13). Run as the library's data
 * directory customizer, that is after initdb and before the postmaster, so no server ever
 * listens with {@code trust}.
 *
 * <p>Order matters for a crash half-way: the role's password is set first, then the file is
 * replaced; until the file is ours, the next start does both again.
 */
final class ClientAuthentication {

	private static final Logger log = LoggerFactory.getLogger(ClientAuthentication.class);

	static final String HBA = """
			# Written by Tongxin on every start: any edit is overwritten. Every connection needs the
			# password in ../db-password (scram-sha-256); nothing is trusted (issue 13).
			# TYPE  DATABASE        USER            ADDRESS                 METHOD
			local   all             all                                     scram-sha-256
			host    all             all             127.0.0.1/32            scram-sha-256
			host    all             all             ::1/128                 scram-sha-256
			local   replication     all                                     scram-sha-256
			host    replication     all             127.0.0.1/32            scram-sha-256
			host    replication     all             ::1/128                 scram-sha-256
			""";

	private final Path binaries;

	private final DatabasePassword password;

	ClientAuthentication(Path binaries, DatabasePassword password) {
		this.binaries = binaries;
		this.password = password;
	}

	/** For {@code EmbeddedPostgres.Builder.setDataDirectoryCustomizer}. */
	void apply(Path pgData) {
		try {
			Path hba = pgData.resolve("pg_hba.conf");
			boolean ours = Files.exists(hba) && Files.readString(hba, StandardCharsets.UTF_8).equals(HBA);
			if (ours && !password.fresh()) {
				return;
			}
			log.info("Securing the embedded PostgreSQL in {}: password authentication (scram-sha-256)", pgData);
			new SingleUserMode(PostgresBinary.find(binaries, pgData), pgData).setSuperuserPassword(password.value());
			Path next = Private.newFile(pgData.resolve("pg_hba.conf.new"));
			Files.writeString(next, HBA, StandardCharsets.UTF_8);
			Files.move(next, hba, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not secure the embedded PostgreSQL in " + pgData, ex);
		}
	}

}
