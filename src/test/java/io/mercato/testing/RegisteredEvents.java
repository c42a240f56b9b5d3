package io.mercato.testing;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.List;

import io.mercato.shared.domain.AbstractAggregateRoot;

import org.springframework.data.domain.DomainEvents;
import org.springframework.data.util.AnnotationDetectionMethodCallback;
import org.springframework.util.ReflectionUtils;

/**
 * The events an aggregate registered and has not published yet, read as Spring Data reads
 * them when the aggregate is saved (through its {@link DomainEvents} method), so that a
 * unit test without a repository can see them.
 */
public final class RegisteredEvents {

	private RegisteredEvents() {
	}

	/**
	 * Returns the aggregate's pending events, oldest first.
	 * @param aggregate the aggregate
	 * @return a copy of its events
	 */
	public static List<Object> of(AbstractAggregateRoot aggregate) {
		AnnotationDetectionMethodCallback<DomainEvents> detector = new AnnotationDetectionMethodCallback<>(
				DomainEvents.class);
		ReflectionUtils.doWithMethods(aggregate.getClass(), detector);
		Method method = detector.getRequiredMethod();
		ReflectionUtils.makeAccessible(method);
		return List.copyOf((Collection<?>) ReflectionUtils.invokeMethod(method, aggregate));
	}

}
