package io.mercato.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler method whose requests honour an {@code Idempotency-Key} header: an
 * unsafe request that creates or charges something (placing an order, checking out,
 * paying, refunding), which a client must be able to send again after a lost answer
 * without doing it twice. Handlers without it ignore the header.
 * <p>
 * A request with the header runs, from the moment its key is checked to the moment its
 * answer is stored, in one database transaction that the module's {@code @Transactional}
 * services join, so the request's writes and its stored answer commit together or not at
 * all. Guarantees, per caller (the logged-in user, or the client address of an anonymous
 * one) and key, for {@code mercato.idempotency.ttl} after the first success:
 * <ul>
 * <li>the same request (method, path with query, body bytes) is answered with the first
 * successful answer's status, body, {@code Content-Type}, {@code Location} and
 * {@code ETag}, plus {@code Idempotent-Replayed: true}, without running the handler;</li>
 * <li>a different request with the key is refused with 422
 * {@code idempotency_key_reused};</li>
 * <li>a request whose key is still in use by a request under way is refused with 409
 * {@code idempotency_key_in_progress}, so racing duplicates never run twice;</li>
 * <li>a key that is not 1 to 255 visible ASCII characters is refused with 400
 * {@code invalid_idempotency_key}.</li>
 * </ul>
 * Only a 2xx answer is stored. An answer given because the handler threw (a validation
 * 400, a module's refusal, a 500) rolls back everything the request wrote and stores
 * nothing, so the client may send the same request with the same key again. A non-2xx
 * answer the handler returns without throwing keeps its writes but is not stored either,
 * while a success answered over a transaction marked rollback-only (a refusal the handler
 * caught) becomes a 500, since none of its writes are kept. Writes a service makes in a
 * transaction of its own ({@code REQUIRES_NEW}) are outside this guarantee.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Idempotent {

}
