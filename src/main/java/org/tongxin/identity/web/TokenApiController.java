package org.tongxin.identity.web;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.tongxin.identity.internal.ApiToken;
import org.tongxin.identity.internal.ApiTokens;
import org.tongxin.identity.internal.Passwords;
import org.tongxin.identity.internal.SecondFactor;
import org.tongxin.identity.internal.TongxinPrincipal;
import org.tongxin.shared.domain.Rejection;

/**
 * API tokens. {@code POST /api/v1/tokens} exchanges credentials (and, for administrators, a TOTP
 * code) for an expiring token, under the same lockout rule as the login page.
 */
@OpenAPIDefinition(info = @Info(title = "Tongxin API", version = "v1", description = """
		The JSON API of 同心 Tongxin, the united front work platform, under `/api/v1`. It keeps every rule
		of the pages: the caller's privileges and data scope, the same checks on input, the same audit.

		**Authentication.** `POST /api/v1/tokens` with a user name and password (administrators add
		`totpCode`) answers a token; tokens can also be issued and revoked on the page 我的账户 → API 令牌.
		Send it as `Authorization: Bearer <token>`. A token acts with its user's privileges and data scope.

		**Answers.** Errors are `application/problem+json` with a `detail` and, for refused input,
		`errors: [{field, message}]`, in the language of `Accept-Language` (Chinese by default, `en` for
		English). The status says what happened, and the request changed nothing:
		- 400: input refused by a rule, naming the field (every bad field of a form at once); a workflow
		  step the record is not ready for names `status`;
		- 401: no valid token; 403: a privilege the caller lacks, or a step that is not theirs;
		- 404: a record that does not exist *or* is outside the caller's data scope (the two are not told
		  apart, so ids reveal nothing);
		- 405: a method the address does not take (with `Allow`); 409: the record changed since the
		  `version` the caller sent (read it again); 413: an upload over the limit.
		"""), security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
		description = "An API token from POST /api/v1/tokens")
@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "Tokens", description = "API tokens: exchange a user name and password for a bearer token; list and revoke your own tokens.")
class TokenApiController {

	private final AuthenticationManager authenticationManager;

	private final ApiTokens apiTokens;

	private final SecondFactor secondFactor;

	private final Passwords passwords;

	TokenApiController(AuthenticationManager authenticationManager, ApiTokens apiTokens, SecondFactor secondFactor,
			Passwords passwords) {
		this.passwords = passwords;
		this.authenticationManager = authenticationManager;
		this.apiTokens = apiTokens;
		this.secondFactor = secondFactor;
	}

	record TokenRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password,
			String totpCode, @Size(max = 100) String name, Integer validityDays) {
	}

	record TokenView(long id, String name, String prefix, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
			Instant revokedAt) {

		static TokenView of(ApiToken t) {
			return new TokenView(t.getId(), t.getName(), t.getPrefix(), t.getCreatedAt(), t.getExpiresAt(),
					t.getLastUsedAt(), t.getRevokedAt());
		}
	}

	@Operation(summary = "Issue an API token", description = """
			Needs no token. Body: `username`, `password`; `totpCode` (6 digits) for administrators when TOTP
			applies; optional `name` (≤ 100 characters, what the token is for) and `validityDays` (default 30,
			at most 365). The answer (201) holds the token value once: send it as `Authorization: Bearer <token>`.
			The token has the user's privileges and data scope.

			Errors: 401 for a wrong user name or password (the login page's lockout applies: 5 failures in
			15 minutes lock the account for 15 minutes); 400 naming `totpCode` when a required TOTP code is
			missing or wrong, or naming `password` when the password is temporary or expired (change it in the
			browser first), or naming `validityDays` when out of range.
			""")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ApiTokens.IssuedToken issue(@Valid @RequestBody TokenRequest request) {
		TongxinPrincipal principal;
		try {
			principal = (TongxinPrincipal) authenticationManager
				.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password()))
				.getPrincipal();
		}
		catch (AuthenticationException ex) {
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, ex.getMessage());
		}
		if (secondFactor.isRequiredFor(principal) && !secondFactor.verify(principal.userId(), request.totpCode())) {
			throw new Rejection("totpCode", "totp.required");
		}
		if (passwords.isChangeDue(principal.userId())) {
			// a temporary or expired password is changed in the browser first, never lived with
			throw new Rejection("password", "token.passwordChangeDue");
		}
		return apiTokens.issue(principal.userId(), request.name(), request.validityDays(), principal.userId());
	}

	@Operation(summary = "List the caller's own tokens", description = """
			Name, prefix, creation, expiry, last use and revocation of each token the caller issued; never the
			token values.
			""")
	@GetMapping
	List<TokenView> mine(@AuthenticationPrincipal TongxinPrincipal principal) {
		return apiTokens.of(principal.userId()).stream().map(TokenView::of).toList();
	}

	@Operation(summary = "Revoke a token", description = """
			204; programs using the token are refused from then on. 404 for a token that is not the caller's.
			""")
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@PathVariable long id, @AuthenticationPrincipal TongxinPrincipal principal) {
		apiTokens.revoke(id, principal);
	}

}
