package org.tongxin.identity.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.identity.UserDirectory;
import org.tongxin.identity.UserSummary;

@Service
@Transactional(readOnly = true)
class UserDirectoryService implements UserDirectory {

	private final UserAccountRepository users;

	UserDirectoryService(UserAccountRepository users) {
		this.users = users;
	}

	@Override
	public Optional<UserSummary> find(long id) {
		return users.findById(id).map(UserDirectoryService::summary);
	}

	@Override
	public Optional<UserSummary> findByUsername(String username) {
		return users.findByUsernameIgnoreCase(username).map(UserDirectoryService::summary);
	}

	@Override
	public Map<Long, UserSummary> findAll(Collection<Long> ids) {
		return ids.isEmpty() ? Map.of()
				: users.findAllById(ids).stream().map(UserDirectoryService::summary)
					.collect(Collectors.toMap(UserSummary::id, Function.identity()));
	}

	private static UserSummary summary(UserAccount account) {
		return new UserSummary(account.getId(), account.getUsername(), account.getDisplayName(),
				account.getHomeUnitId(), account.isEnabled());
	}

}
