package org.tongxin.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every reason a form or request is refused with reads as a sentence in Chinese: the message of
 * each code given to a refusal anywhere in src/main ({@code new Rejection(…)}, a
 * {@code FieldProblem}, a problem added to {@code FieldProblems}, a unit picker's refusal, a
 * binding's {@code reject}) ends with a full stop (or a question or exclamation mark), as the
 * reasons shown next to each other under a form would otherwise end some with and some without.
 */
class RefusalMessagesTest {

	private static final Path SOURCES = Path.of("src/main/java");

	private static final Path BUNDLES = Path.of("src/main/resources/i18n");

	/** A call that refuses, up to the end of its statement. */
	private static final Pattern REFUSAL = Pattern.compile(
			"(new Rejection(\\.FieldProblem)?|new FieldProblem|problems\\.add|\\.refusal|\\.reject(Value)?)\\(([^;]*)");

	/** Reasons that quote another reason at their end (a division file's problem: row, column, value: why). */
	private static final Set<String> QUOTING = Set.of("division.problem");

	private static final Pattern CODE = Pattern.compile("\"([a-z][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)+)\"");

	@Test
	void everyReasonGivenToARefusalEndsAsASentence() throws IOException {
		Properties zh = chineseBundles();
		Set<String> codes = refusalCodes();
		assertThat(codes).contains("decision.field.required", "talent.field.required", "unit.pick.unknown");
		Set<String> unfinished = new TreeSet<>();
		for (String code : codes) {
			String text = zh.getProperty(code);
			boolean quotes = QUOTING.contains(code) && text != null && text.strip().endsWith("：{3}");
			if (text != null && !quotes && !text.strip().matches("(?s).*[。？！]$")) {
				unfinished.add(code + "=" + text);
			}
		}
		assertThat(unfinished).as("refusal reasons without a full stop").isEmpty();
	}

	private static Set<String> refusalCodes() throws IOException {
		Set<String> codes = new TreeSet<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher call = REFUSAL.matcher(Files.readString(file));
				while (call.find()) {
					Matcher code = CODE.matcher(call.group(4));
					while (code.find()) {
						codes.add(code.group(1));
					}
				}
			}
		}
		return codes;
	}

	private static Properties chineseBundles() throws IOException {
		Properties all = new Properties();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".properties"))
				.filter(p -> !p.getFileName().toString().endsWith("_en.properties"))
				.toList()) {
				try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					all.load(reader);
				}
			}
		}
		return all;
	}

}
