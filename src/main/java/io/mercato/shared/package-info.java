/**
 * The shared kernel: the money type, base entities and their conventions, problem
 * responses, pagination, request ids, idempotency keys, the current user, the security
 * baseline and rate limits. It depends on no module. Modules use its named interfaces
 * ({@code domain}, {@code web}, {@code security}, {@code database}, {@code mail});
 * everything else in it (logging set-up, configuration) is its own.
 */
@ApplicationModule(displayName = "Shared kernel")
package io.mercato.shared;

import org.springframework.modulith.ApplicationModule;
