package org.tongxin.shared.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.tongxin.shared.domain.Conflict;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.domain.Rejection;

/**
 * Errors of the JSON API as {@code application/problem+json}, in the caller's language
 * ({@code Accept-Language}), with {@code errors: [{field, message}]} for rejected input. The
 * request changed nothing: every handler here runs after the transaction rolled back.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final MessageSource messages;

	private final long maxUpload;

	ApiExceptionHandler(MessageSource messages,
			@Value("${spring.servlet.multipart.max-request-size:20MB}") DataSize maxUpload) {
		this.messages = messages;
		this.maxUpload = maxUpload.toBytes();
	}

	@ExceptionHandler(Rejection.class)
	ProblemDetail rejected(Rejection rejection) {
		List<Map<String, String>> errors = rejection.problems()
			.stream()
			.map(p -> fieldError(p.field(), text(p.code(), p.args())))
			.toList();
		return problem(HttpStatus.BAD_REQUEST, errors.isEmpty() ? text("error.badRequest", "") : errors.get(0).get("message"),
				errors);
	}

	@ExceptionHandler(BindException.class)
	ProblemDetail invalid(BindException ex) {
		List<Map<String, String>> errors = ex.getFieldErrors()
			.stream()
			.map(e -> fieldError(e.getField(), messages.getMessage(e, LocaleContextHolder.getLocale())))
			.toList();
		String detail = errors.isEmpty() ? text("error.badRequest", "")
				: errors.get(0).get("field") + ": " + errors.get(0).get("message");
		return problem(HttpStatus.BAD_REQUEST, detail, errors);
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
			MissingServletRequestParameterException.class })
	ProblemDetail unreadable(Exception ex) {
		String field = ex instanceof MethodArgumentTypeMismatchException m ? m.getName()
				: ex instanceof MissingServletRequestParameterException p ? p.getParameterName() : null;
		String reason = field == null ? text("error.badRequest", "JSON") : text("error.field.invalid");
		return problem(HttpStatus.BAD_REQUEST, reason, field == null ? List.of() : List.of(fieldError(field, reason)));
	}

	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class })
	ProblemDetail notFound(Exception ex) {
		return problem(HttpStatus.NOT_FOUND, text("error.notFound"), List.of());
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
	ProblemDetail forbidden(Exception ex) {
		return problem(HttpStatus.FORBIDDEN, text("error.forbidden"), List.of());
	}

	/** A stale version, or a unique key taken by a request that committed first: the record changed since. */
	@ExceptionHandler({ OptimisticLockingFailureException.class, DuplicateKeyException.class })
	ProblemDetail conflict(Exception ex) {
		warnIfKeyTaken(ex);
		return problem(HttpStatus.CONFLICT, text("error.conflict"), List.of());
	}

	/** A taken key is a race the user may retry, but also what a missing check would look like: logged, so it is seen. */
	static void warnIfKeyTaken(Exception ex) {
		if (ex instanceof DuplicateKeyException taken) {
			log.warn("A unique key was taken meanwhile; answered 409: {}", taken.getMostSpecificCause().getMessage());
		}
	}

	@ExceptionHandler(Conflict.class)
	ProblemDetail conflict(Conflict conflict) {
		Rejection.FieldProblem first = conflict.problems().get(0);
		String message = text(first.code(), first.args());
		return problem(HttpStatus.CONFLICT, message, first.field() == null ? List.of() : List.of(fieldError(first.field(), message)));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ProblemDetail tooLarge(Exception ex) {
		return problem(HttpStatus.PAYLOAD_TOO_LARGE, text("error.uploadTooLarge", UploadLimits.describe(ex, maxUpload)),
				List.of(fieldError("file", text("error.uploadTooLarge", UploadLimits.describe(ex, maxUpload)))));
	}

	@ExceptionHandler(MultipartException.class)
	ProblemDetail badMultipart(MultipartException ex) {
		return problem(HttpStatus.BAD_REQUEST, text("error.badRequest", "multipart"), List.of());
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		if (UploadLimits.isTooLarge(ex)) {
			return tooLarge(ex);
		}
		if (ex instanceof ErrorResponse known && !known.getStatusCode().is5xxServerError()) {
			// framework answers with a status of their own (405, 415, 401 from a controller...)
			HttpStatus status = HttpStatus.valueOf(known.getStatusCode().value());
			String reason = ex instanceof ResponseStatusException rse && rse.getReason() != null ? rse.getReason()
					: text("error.badRequest", status.getReasonPhrase());
			return problem(status, reason, List.of());
		}
		Instant now = Instant.now();
		log.error("Unexpected error at {}", now, ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, text("error.server", now.toString()), List.of());
	}

	private ProblemDetail problem(HttpStatus status, String detail, List<Map<String, String>> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(status.getReasonPhrase());
		problem.setType(URI.create("about:blank"));
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		return problem;
	}

	private static Map<String, String> fieldError(String field, String message) {
		return field == null ? Map.of("message", message) : Map.of("field", field, "message", message);
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
	}

}
