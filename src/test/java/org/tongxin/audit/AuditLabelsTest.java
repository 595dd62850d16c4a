package org.tongxin.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The audit page names every action and every kind of object in the reader's language: each
 * action written anywhere in src/main ({@code AuditRecord.of(...)}: its literals, or the constant it
 * names) and each target type ({@code .target("type", …)}) has a label in a Chinese bundle and in an
 * English one ({@code audit.action.<ACTION>}, {@code audit.target.<type>}). A record's file downloads
 * are audited by the kernel with the action and type its module declares in its
 * {@code new AttachmentTable(…)}: the last two arguments, collected from there. Every key of a
 * record's detail ({@code .detail("key", …)}) has its label too ({@code audit.detail.<key>}).
 */
class AuditLabelsTest {

	private static final Path SOURCES = Path.of("src/main/java");

	private static final Path BUNDLES = Path.of("src/main/resources/i18n");

	private static final Pattern LITERAL = Pattern.compile("\"([A-Z][A-Z0-9_]*)\"");

	private static final Pattern DETAIL = Pattern.compile("\\.detail\\(\"([A-Za-z][A-Za-z0-9.]*)\"");

	private static final Pattern TARGET = Pattern.compile("\\.target\\(\"([A-Za-z0-9_-]+)\"");

	/** The audit action and target type an attachment table declares: its last two string arguments. */
	private static final Pattern ATTACHMENT_TABLE = Pattern.compile(
			"new AttachmentTable\\([^;]*\"([A-Z][A-Z0-9_]*)\",\\s*\"([A-Za-z0-9_-]+)\"\\)");

	@Test
	void everyActionWrittenHasALabelInChineseAndEnglish() throws IOException {
		Set<String> actions = actions();
		assertThat(actions).contains("LOGIN_SUCCESS", "MEMBER_CREATED", "DECISION_CREATED", "AUDIT_VERIFIED",
				"DEMAND_ATTACHMENT_VIEWED", "PROPOSAL_ATTACHMENT_VIEWED");
		assertLabelled("audit.action.", actions);
	}

	@Test
	void everyKindOfObjectHasALabelInChineseAndEnglish() throws IOException {
		Set<String> types = new TreeSet<>();
		for (String source : sources()) {
			Matcher m = TARGET.matcher(source);
			while (m.find()) {
				types.add(m.group(1));
			}
			Matcher table = ATTACHMENT_TABLE.matcher(source);
			while (table.find()) {
				types.add(table.group(2));
			}
		}
		assertThat(types).contains("member", "unit", "user", "demand", "proposal");
		assertLabelled("audit.target.", types);
	}

	/** Every key a record's detail is written with ("x.from" and "x.to" by x's label) reads in both languages. */
	@Test
	void everyDetailKeyWrittenHasALabelInChineseAndEnglish() throws IOException {
		Set<String> keys = new TreeSet<>();
		for (String source : sources()) {
			Matcher m = DETAIL.matcher(source);
			while (m.find()) {
				keys.add(m.group(1).replaceAll("\\.(from|to)$", ""));
			}
		}
		assertThat(keys).contains("status", "scope", "fields", "privilegesAdded", "issuer");
		assertLabelled("audit.detail.", keys);
	}

	private static void assertLabelled(String prefix, Set<String> names) throws IOException {
		Properties zh = bundles(false);
		Properties en = bundles(true);
		assertThat(names.stream().filter(n -> !zh.containsKey(prefix + n)).toList()).as("without a Chinese label").isEmpty();
		assertThat(names.stream().filter(n -> !en.containsKey(prefix + n)).toList()).as("without an English label").isEmpty();
	}

	/** The actions of every {@code AuditRecord.of(…)}: string literals in its argument, or a constant of the file. */
	private static Set<String> actions() throws IOException {
		Set<String> actions = new TreeSet<>();
		for (String source : sources()) {
			Matcher table = ATTACHMENT_TABLE.matcher(source);
			while (table.find()) {
				actions.add(table.group(1));
			}
			int at = source.indexOf("AuditRecord.of(");
			while (at >= 0) {
				String argument = argument(source, at + "AuditRecord.of(".length());
				Matcher literal = LITERAL.matcher(argument);
				boolean found = false;
				while (literal.find()) {
					actions.add(literal.group(1));
					found = true;
				}
				// the kernel's download audit: the action comes from an attachment table (above)
				if (!found && !argument.strip().equals("table.viewedAction()")) {
					actions.add(constant(source, argument.strip()));
				}
				at = source.indexOf("AuditRecord.of(", at + 1);
			}
		}
		return actions;
	}

	/** The text up to the parenthesis that closes the call. */
	private static String argument(String source, int from) {
		int depth = 1;
		for (int i = from; i < source.length(); i++) {
			char c = source.charAt(i);
			depth += c == '(' ? 1 : c == ')' ? -1 : 0;
			if (depth == 0) {
				return source.substring(from, i);
			}
		}
		throw new AssertionError("unclosed AuditRecord.of(");
	}

	private static String constant(String source, String name) {
		Matcher m = Pattern.compile("static final String " + Pattern.quote(name) + "\\s*=\\s*\"([A-Z][A-Z0-9_]*)\"")
			.matcher(source);
		assertThat(m.find()).as("AuditRecord.of(%s): write the action as a literal or a constant of the class", name).isTrue();
		return m.group(1);
	}

	private static List<String> sources() throws IOException {
		try (Stream<Path> files = Files.walk(SOURCES)) {
			return files.filter(p -> p.toString().endsWith(".java")).map(AuditLabelsTest::read).toList();
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Every bundle of one language merged: the module that writes an action may label it in its own. */
	private static Properties bundles(boolean english) throws IOException {
		Properties all = new Properties();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".properties"))
				.filter(p -> p.getFileName().toString().endsWith("_en.properties") == english)
				.toList()) {
				try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					all.load(reader);
				}
			}
		}
		return all;
	}

}
