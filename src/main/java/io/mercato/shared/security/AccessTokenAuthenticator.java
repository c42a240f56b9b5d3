package io.mercato.shared.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Turns a signature-checked access token into the request's authentication, whose
 * principal is the {@link CurrentUser}. The accounts module provides it together with the
 * {@link org.springframework.security.oauth2.jwt.JwtDecoder}; with both present, the API
 * accepts {@code Authorization: Bearer} tokens. It throws an
 * {@link org.springframework.security.oauth2.server.resource.InvalidBearerTokenException}
 * for a token that must be refused although its signature is good (a revoked session).
 */
public interface AccessTokenAuthenticator extends Converter<Jwt, AbstractAuthenticationToken> {

}
