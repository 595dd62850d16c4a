package org.tongxin.members.internal;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.springframework.stereotype.Component;

/**
 * Index work for people written by SQL rather than through Hibernate (the import's COPY, a unit's
 * new path): recorded in the caller's transaction as outbox events, exactly as Hibernate Search
 * records a change made through an entity, so the index follows once the transaction commits and
 * not at all if it rolls back. The people are loaded a chunk at a time (one statement each) and
 * detached again, so a hundred thousand of them neither fill memory nor slow every later flush.
 */
@Component
class PersonIndexing {

	private static final int CHUNK = 1_000;

	private final EntityManager entityManager;

	PersonIndexing(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** Must run inside the transaction that wrote the people. */
	void reindex(List<Long> ids) {
		if (ids.isEmpty()) {
			return;
		}
		SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
			List<Person> people = entityManager.createQuery("select p from Person p where p.id in :ids", Person.class)
				.setParameter("ids", chunk)
				.getResultList();
			people.forEach(plan::addOrUpdate);
			plan.process();
			people.forEach(entityManager::detach);
		}
	}

}
