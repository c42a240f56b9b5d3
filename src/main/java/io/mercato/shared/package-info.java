/**
 * The shared kernel: the money type, base entities and their conventions, problem
 * responses, pagination, request ids, the current user, the security baseline and rate
 * limits. Every module may use all of it; it depends on no module.
 */
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
package io.mercato.shared;

import org.springframework.modulith.ApplicationModule;
