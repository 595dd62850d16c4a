package org.tongxin.identity.internal;

import java.util.Map;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends every browser session of a user. A session holds a snapshot of the principal (roles,
 * privileges), so a disabled account or changed roles only take effect once its sessions are gone.
 * API tokens are revoked by the same changes ({@link ApiTokens#revokeAll}).
 */
@Component
public class SessionTerminator {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SessionTerminator(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/**
	 * Ends the sessions once the change that calls for it has committed: earlier, the user could
	 * log in again in between and keep a session made from the old account.
	 */
	public void endSessionsAfterCommit(String username) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			endSessionsOf(username);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				endSessionsOf(username);
			}
		});
	}

	/** Returns how many sessions were ended. */
	public int endSessionsOf(String username) {
		Map<String, ? extends Session> found = sessions.findByPrincipalName(username);
		found.keySet().forEach(sessions::deleteById);
		return found.size();
	}

}
