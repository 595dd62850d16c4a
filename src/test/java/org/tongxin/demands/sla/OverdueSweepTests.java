package org.tongxin.demands.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.tongxin.DemoLogins;
import org.tongxin.calendar.BusinessCalendar;
import org.tongxin.demands.sla.SlaCaseFixtures.Event;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.shared.OfficeTime;

/**
 * The overdue sweep at chosen instants in June 2012, a month no other test uses (the scheduled
 * sweep is off in tests): a marked holiday on Wednesday 13 June, cases of 竹根镇 and of the
 * district. Each test has its own week so that sweeping one week leaves the others' cases alone.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OverdueSweepTests {

	private static final LocalDate HOLIDAY = LocalDate.of(2012, 6, 13);

	@Autowired
	MockMvc mvc;

	@Autowired
	OverdueSweep sweep;

	@Autowired
	OpenClocks clocks;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Categories categories;

	@Autowired
	BusinessCalendar calendar;

	@Autowired
	Units units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	@Value("${tongxin.security.admin-password}")
	String adminPassword;

	private SlaCaseFixtures cases;

	private UnitSummary district;

	private UnitSummary town;

	private UnitSummary village;

	private String admin;

	@BeforeEach
	void holiday() throws Exception {
		cases = new SlaCaseFixtures(jdbc);
		district = units.findByCode("511112").orElseThrow();
		town = units.findByCode("511112100").orElseThrow();
		village = units.findByCode("511112100003").orElseThrow();
		admin = "Bearer " + DemoLogins.token(mvc, "admin", adminPassword);
		mvc.perform(put("/api/v1/calendar/days/" + HOLIDAY).header("Authorization", admin)
				.contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"HOLIDAY\",\"name\":\"SLA 测试假日\"}"))
			.andExpect(status().isOk());
	}

	@AfterEach
	void clearHoliday() throws Exception {
		mvc.perform(delete("/api/v1/calendar/days/" + HOLIDAY).header("Authorization", admin));
	}

	/** 09:00 in the office on that day. */
	private static Instant at(LocalDate day) {
		return day.atTime(LocalTime.of(9, 0)).atZone(OfficeTime.ZONE).toInstant();
	}

	@Test
	void aClockGoesGreenYellowRedThenEscalatesOnceCountingTheHoliday() {
		LocalDate due = LocalDate.of(2012, 6, 18); // Monday; LEGAL warns at 3 working days left
		long id = cases.handling(town, village, due, "LEGAL");

		sweep.sweep(at(LocalDate.of(2012, 6, 11)));
		assertThat(cases.events(id, "WARNED")).as("4 working days left on Monday: green").isEmpty();

		sweep.sweep(at(LocalDate.of(2012, 6, 12)));
		assertThat(cases.notes(id, "WARNED")).as("Tuesday: 3 working days left only because Wednesday is a holiday")
			.containsExactly("YELLOW");
		sweep.sweep(at(LocalDate.of(2012, 6, 12)).plusSeconds(3600));
		sweep.sweep(at(LocalDate.of(2012, 6, 15)));
		assertThat(cases.notes(id, "WARNED")).as("yellow is told once").containsExactly("YELLOW");

		sweep.sweep(at(due));
		sweep.sweep(at(due).plusSeconds(7200));
		assertThat(cases.notes(id, "WARNED")).containsExactly("YELLOW", "RED");
		assertThat(cases.events(id, "ESCALATED")).as("due today is not late").isEmpty();
		assertThat(cases.row(id).get("warned_mark")).isEqualTo("HANDLING#1#RED");

		sweep.sweep(at(LocalDate.of(2012, 6, 19)));
		sweep.sweep(at(LocalDate.of(2012, 6, 20)));
		List<Event> escalated = cases.events(id, "ESCALATED");
		assertThat(escalated).as("escalated once across two sweeps").hasSize(1);
		Event e = escalated.get(0);
		assertThat(e.unitId()).as("the superior of the handling village").isEqualTo(town.id());
		assertThat(e.fromUnitId()).isEqualTo(village.id());
		assertThat(e.round()).isEqualTo(1);
		assertThat(e.dueDate()).isEqualTo(due);
		assertThat(e.actorUserId()).isZero();
		assertThat(e.actorName()).isEqualTo("系统");
		var row = cases.row(id);
		assertThat(row.get("escalation_mark")).isEqualTo("HANDLING#1");
		assertThat(row.get("escalated_unit_id")).isEqualTo(town.id());
		assertThat(row.get("escalated_unit_path")).isEqualTo(town.path());
		assertThat(row.get("ever_late")).isEqualTo(true);
		assertThat(row.get("status")).as("the step stays undone").isEqualTo("HANDLING");
		assertThat(cases.notes(id, "WARNED")).containsExactly("YELLOW", "RED");
	}

	@Test
	void aReopenedRoundIsWarnedAndEscalatesAgainOnItsNewDeadline() {
		LocalDate due = LocalDate.of(2012, 7, 2); // Monday
		long id = cases.handling(town, village, due, "POLICY");
		sweep.sweep(at(LocalDate.of(2012, 7, 3)));
		assertThat(cases.events(id, "ESCALATED")).hasSize(1);

		// the workflow: the late answer is rated dissatisfied, round 2 with a new deadline, the mark cleared
		LocalDate secondDue = LocalDate.of(2012, 7, 6); // Friday; POLICY warns at 1 working day left
		cases.reopen(id, secondDue);
		sweep.sweep(at(LocalDate.of(2012, 7, 4)));
		assertThat(cases.events(id, "WARNED")).as("two working days left: green").isEmpty();
		sweep.sweep(at(LocalDate.of(2012, 7, 5)));
		sweep.sweep(at(secondDue));
		assertThat(cases.events(id, "WARNED")).extracting(Event::note, Event::round)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("YELLOW", 2), org.assertj.core.groups.Tuple.tuple("RED", 2));
		sweep.sweep(at(LocalDate.of(2012, 7, 9)));
		sweep.sweep(at(LocalDate.of(2012, 7, 10)));
		assertThat(cases.events(id, "ESCALATED")).extracting(Event::round).containsExactly(1, 2);
		assertThat(cases.row(id).get("escalation_mark")).isEqualTo("HANDLING#2");
	}

	@Test
	void aCaseWaitingForTheTownEscalatesToTheDistrict() {
		LocalDate acceptDue = LocalDate.of(2012, 7, 16);
		long id = cases.submitted(town, acceptDue, "OTHER");
		sweep.sweep(at(acceptDue));
		assertThat(cases.notes(id, "WARNED")).as("first seen on its due day: red only").containsExactly("RED");
		sweep.sweep(at(acceptDue.plusDays(1)));
		sweep.sweep(at(acceptDue.plusDays(2)));
		List<Event> escalated = cases.events(id, "ESCALATED");
		assertThat(escalated).hasSize(1);
		assertThat(escalated.get(0).unitId()).isEqualTo(district.id());
		assertThat(escalated.get(0).fromUnitId()).isEqualTo(town.id());
		assertThat(cases.row(id).get("escalation_mark")).isEqualTo("SUBMITTED#1");
	}

	@Test
	void aCaseOfTheRootEscalatesNowhereAndStaysOverdue() {
		LocalDate acceptDue = LocalDate.of(2012, 7, 23);
		long id = cases.submitted(district, acceptDue, "OTHER");
		sweep.sweep(at(acceptDue.plusDays(1)));
		sweep.sweep(at(acceptDue.plusDays(2)));
		assertThat(cases.events(id, "ESCALATED")).isEmpty();
		var row = cases.row(id);
		assertThat(row.get("escalated_unit_id")).isNull();
		assertThat(row.get("escalation_mark")).isNull();
		assertThat(row.get("status")).isEqualTo("SUBMITTED");
		assertThat(row.get("ever_late")).as("its deadline passed undone").isEqualTo(true);
		assertThat(clocks.next(acceptDue.plusDays(2), acceptDue.plusDays(9), district.id(), id - 1, 10))
			.as("not looked at again").noneMatch(c -> c.id() == id);
	}

	@Test
	void twoNodesSweepingAtOnceEscalateEachCaseOnce() throws Exception {
		LocalDate due = LocalDate.of(2012, 8, 6);
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			ids.add(i % 2 == 0 ? cases.handling(town, village, due, "POLICY") : cases.submitted(town, due, "POLICY"));
		}
		// two nodes with small batches, so that their batches and locks interleave
		OverdueSweep one = new OverdueSweep(clocks, transactions, units, categories, calendar, 3, events);
		OverdueSweep two = new OverdueSweep(clocks, transactions, units, categories, calendar, 3, events);
		Instant now = at(due.plusDays(1));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 3; round++) {
				CountDownLatch start = new CountDownLatch(1);
				Future<Integer> a = pool.submit(() -> {
					start.await();
					return one.sweep(now);
				});
				Future<Integer> b = pool.submit(() -> {
					start.await();
					return two.sweep(now);
				});
				start.countDown();
				a.get(60, TimeUnit.SECONDS);
				b.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		for (long id : ids) {
			assertThat(cases.events(id, "ESCALATED")).as("case %s", id).hasSize(1);
			assertThat(cases.row(id).get("escalation_mark")).asString().endsWith("#1");
		}
	}

}
