package org.tongxin.shared.web;

import java.io.IOException;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.tongxin.shared.domain.Conflict;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.domain.Rejection;

/**
 * Errors on pages: a designed page that says what happened and what to do, never a stack trace.
 * Form controllers handle their own {@link Rejection}s next to the field; what reaches here was
 * not a form error.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class PageExceptionHandler {

	private final long maxUpload;

	private final MessageSource messages;

	private final LocaleResolver localeResolver;

	private final NearestPage nearestPage;

	PageExceptionHandler(@Value("${spring.servlet.multipart.max-request-size:20MB}") DataSize maxUpload,
			MessageSource messages, LocaleResolver localeResolver, NearestPage nearestPage) {
		this.maxUpload = maxUpload.toBytes();
		this.messages = messages;
		this.localeResolver = localeResolver;
		this.nearestPage = nearestPage;
	}

	private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class, NoHandlerFoundException.class,
			MethodArgumentTypeMismatchException.class })
	ModelAndView notFound(Exception ex, HttpServletRequest request, HttpServletResponse response) throws IOException {
		return answer(request, response, page(HttpStatus.NOT_FOUND, "error.notFound", null));
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
	ModelAndView forbidden(Exception ex) {
		return page(HttpStatus.FORBIDDEN, "error.forbidden", null);
	}

	@ExceptionHandler(Rejection.class)
	ModelAndView rejected(Rejection ex) {
		Rejection.FieldProblem first = ex.problems().get(0);
		ModelAndView view = page(HttpStatus.BAD_REQUEST, first.code(), null);
		view.addObject("messageArgs", first.args());
		return view;
	}

	@ExceptionHandler({ OptimisticLockingFailureException.class, DuplicateKeyException.class })
	ModelAndView conflict(Exception ex) {
		ApiExceptionHandler.warnIfKeyTaken(ex);
		return page(HttpStatus.CONFLICT, "error.conflict", null);
	}

	@ExceptionHandler(Conflict.class)
	ModelAndView conflict(Conflict ex) {
		Rejection.FieldProblem first = ex.problems().get(0);
		ModelAndView view = page(HttpStatus.CONFLICT, first.code(), null);
		view.addObject("messageArgs", first.args());
		return view;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(Exception ex) {
		ModelAndView view = page(HttpStatus.PAYLOAD_TOO_LARGE, "error.uploadTooLarge", null);
		view.addObject("messageArgs", new Object[] { UploadLimits.describe(ex, maxUpload) });
		return view;
	}

	/**
	 * An address that takes a form (POST) opened in the address bar, by a reload or an old link: the
	 * error page in the reader's language with a link to the nearest page above it (the record's
	 * page for a step's address); for the API, problem+json naming the methods it accepts.
	 */
	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ModelAndView wrongMethod(HttpRequestMethodNotSupportedException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String allowed = ex.getSupportedHttpMethods() == null ? ""
				: String.join(", ", ex.getSupportedHttpMethods().stream().map(Object::toString).toList());
		if (!allowed.isEmpty()) {
			response.setHeader(HttpHeaders.ALLOW, allowed);
		}
		if (path.startsWith("/api/")) {
			String detail = messages.getMessage("error.methodNotAllowed.api", new Object[] { ex.getMethod(), allowed },
					localeResolver.resolveLocale(request));
			ProblemJson.write(response, HttpStatus.METHOD_NOT_ALLOWED.value(),
					HttpStatus.METHOD_NOT_ALLOWED.getReasonPhrase(), detail, path);
			return new ModelAndView();
		}
		// no handler was chosen, so the ?lang= interceptor did not run: honour the choice here
		String lang = request.getParameter("lang");
		if ("en".equals(lang) || "zh_CN".equals(lang) || "zh-CN".equals(lang)) {
			localeResolver.setLocale(request, response, "en".equals(lang) ? java.util.Locale.ENGLISH
					: LocaleConfiguration.CHINESE);
		}
		ModelAndView view = page(HttpStatus.METHOD_NOT_ALLOWED, "error.methodNotAllowed", null);
		view.addObject("backUrl", nearestPage.above(path));
		return view;
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception ex, HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (UploadLimits.isTooLarge(ex)) {
			return answer(request, response, tooLarge(ex));
		}
		if (ex instanceof ErrorResponse known && !known.getStatusCode().is5xxServerError()) {
			// routing errors (wrong method, media type...) arise before a controller is chosen
			HttpStatus status = HttpStatus.valueOf(known.getStatusCode().value());
			ModelAndView view = page(status, "error.badRequest", null);
			view.addObject("messageArgs", new Object[] { status.getReasonPhrase() });
			return answer(request, response, view);
		}
		Instant now = Instant.now();
		log.error("Unexpected error at {}", now, ex);
		ModelAndView view = page(HttpStatus.INTERNAL_SERVER_ERROR, "error.server", null);
		view.addObject("messageArgs", new Object[] { now.toString() });
		return view;
	}

	/**
	 * The error page, or for an API path the same answer as problem+json: errors that arise before
	 * a controller is chosen reach this handler for API calls too.
	 */
	private ModelAndView answer(HttpServletRequest request, HttpServletResponse response, ModelAndView page)
			throws IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith("/api/")) {
			return page;
		}
		HttpStatus status = (HttpStatus) page.getStatus();
		Object[] args = (Object[]) page.getModel().get("messageArgs");
		String detail = messages.getMessage((String) page.getModel().get("messageCode"), args, localeResolver.resolveLocale(request));
		ProblemJson.write(response, status.value(), status.getReasonPhrase(), detail, path);
		return new ModelAndView();
	}

	private static ModelAndView page(HttpStatus status, String messageCode, Object[] args) {
		ModelAndView view = new ModelAndView("error");
		view.setStatus(status);
		view.addObject("status", status.value());
		view.addObject("messageCode", messageCode);
		view.addObject("messageArgs", args == null ? new Object[0] : args);
		return view;
	}

}
