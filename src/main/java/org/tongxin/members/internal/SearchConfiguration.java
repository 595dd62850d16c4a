package org.tongxin.members.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Where the person index lives: {@code tongxin.search.index-dir} if set, else {@code search-index}
 * under the data directory. A clean start (tests) gets a fresh directory of its own, as it gets a
 * fresh database: an index left by an earlier run would name ids that a new database gives to
 * other people, and two test contexts alive at once must not share one index.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	@Bean
	HibernatePropertiesCustomizer searchIndexDirectory(@Value("${tongxin.data-dir}") Path dataDir,
			@Value("${tongxin.search.index-dir:}") String configured,
			@Value("${tongxin.embedded-db.clean:false}") boolean clean) {
		Path root = indexRoot(dataDir, configured, clean);
		return properties -> properties.put("hibernate.search.backend.directory.root", root.toString());
	}

	static Path indexRoot(Path dataDir, String configured, boolean clean) {
		try {
			if (StringUtils.hasText(configured)) {
				return Path.of(configured).toAbsolutePath();
			}
			Path root = dataDir.toAbsolutePath();
			if (clean) {
				Path parent = Files.createDirectories(root.resolve("search-clean"));
				return Files.createTempDirectory(parent, "index-");
			}
			return root.resolve("search-index");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the search index directory under " + dataDir, ex);
		}
	}

}
