package org.tongxin.shared.web;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import org.tongxin.shared.domain.Rejection;

/**
 * The JSON side of {@link NulCharacterGuard}: a request body whose text holds a NUL character
 * (U+0000, which JSON can carry as an escape) is refused naming the field, e.g. {@code name} or
 * {@code posts[0].title}, before the handler sees it. Bodies are records, lists and maps of them;
 * anything else is left alone.
 */
@ControllerAdvice
class NulBodyGuard extends RequestBodyAdviceAdapter {

	/** Deep enough for any body of the API; deeper structures are not bodies of ours. */
	private static final int MAX_DEPTH = 8;

	@Override
	public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converter) {
		return true;
	}

	@Override
	public Object afterBodyRead(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converter) {
		nulAt(body, "", 0).ifPresent(field -> {
			throw new Rejection(field.isEmpty() ? null : field, "error.parameter.nul", field.isEmpty() ? "?" : field);
		});
		return body;
	}

	/** The path of the first text holding a NUL, if any. */
	static Optional<String> nulAt(Object value, String path, int depth) {
		if (value == null || depth > MAX_DEPTH) {
			return Optional.empty();
		}
		if (value instanceof CharSequence text) {
			return text.toString().indexOf('\u0000') >= 0 ? Optional.of(path) : Optional.empty();
		}
		if (value instanceof Collection<?> items) {
			int i = 0;
			for (Object item : items) {
				Optional<String> found = nulAt(item, path + "[" + i++ + "]", depth + 1);
				if (found.isPresent()) {
					return found;
				}
			}
			return Optional.empty();
		}
		if (value instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				String key = String.valueOf(entry.getKey());
				if (key.indexOf('\u0000') >= 0) {
					return Optional.of(path);
				}
				Optional<String> found = nulAt(entry.getValue(), join(path, key), depth + 1);
				if (found.isPresent()) {
					return found;
				}
			}
			return Optional.empty();
		}
		if (value.getClass().isRecord()) {
			for (RecordComponent component : value.getClass().getRecordComponents()) {
				Optional<String> found = nulAt(read(component, value), join(path, component.getName()), depth + 1);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

	private static Object read(RecordComponent component, Object record) {
		try {
			component.getAccessor().setAccessible(true);
			return component.getAccessor().invoke(record);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return null;
		}
	}

	private static String join(String path, String name) {
		return path.isEmpty() ? name : path + "." + name;
	}

}
