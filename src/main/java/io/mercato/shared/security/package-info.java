/**
 * Who is calling and what they may do: the current user and their role, the per-module
 * route rules, the access-token authenticator and the rate limiter.
 */
@NamedInterface("security")
package io.mercato.shared.security;

import org.springframework.modulith.NamedInterface;
