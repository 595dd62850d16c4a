package org.tongxin.members.internal;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On start, rebuilds the person index when it cannot be the table's: empty while the table is
 * not (the index directory was deleted, or is new), or holding more people than the table (it
 * belongs to another database). In a background thread: the platform serves meanwhile, searches
 * answering from what is indexed so far. The outbox covers everything else (a crash between
 * commit and index write: the events are still in the table and are applied on start).
 */
@Component
public class SearchIndexCheck {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexCheck.class);

	private final EntityManagerFactory entityManagerFactory;

	private final JdbcClient jdbc;

	private final CountDownLatch done = new CountDownLatch(1);

	SearchIndexCheck(EntityManagerFactory entityManagerFactory, JdbcClient jdbc) {
		this.entityManagerFactory = entityManagerFactory;
		this.jdbc = jdbc;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		Thread thread = new Thread(this::check, "person-index-check");
		thread.setDaemon(true);
		thread.start();
	}

	private void check() {
		try (var em = entityManagerFactory.createEntityManager()) {
			SearchSession session = Search.session(em);
			long indexed = session.search(Person.class).where(f -> f.matchAll()).fetchTotalHitCount();
			long people = jdbc.sql("select count(*) from members_person").query(Long.class).single();
			if ((indexed == 0 && people > 0) || indexed > people) {
				log.info("Rebuilding the person search index ({} indexed, {} in the registry)", indexed, people);
				long started = System.nanoTime();
				session.massIndexer(Person.class).threadsToLoadObjects(1).batchSizeToLoadObjects(500).startAndWait();
				log.info("Person search index rebuilt in {} ms", (System.nanoTime() - started) / 1_000_000);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			log.error("Checking the person search index failed", ex);
		}
		finally {
			done.countDown();
		}
	}

	/**
	 * Waits until the start check is over and no index work is waiting in the outbox: for tests and
	 * the benchmark, which write people and then search for them at once.
	 */
	public void awaitCurrent(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		if (!done.await(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
			throw new IllegalStateException("The search index check did not finish within " + timeout);
		}
		while (jdbc.sql("select count(*) from hsearch_outbox_event where status = 'PENDING'").query(Long.class).single() > 0) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Search index work still waiting after " + timeout);
			}
			Thread.sleep(20);
		}
	}

}
