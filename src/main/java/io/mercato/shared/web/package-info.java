/**
 * What every module's HTTP adapter uses: problem responses and the refusals that name
 * fields, cursor and numbered pages, paging parameters, and {@link Idempotent} for
 * endpoints that honour an {@code Idempotency-Key}.
 */
@NamedInterface("web")
package io.mercato.shared.web;

import org.springframework.modulith.NamedInterface;
