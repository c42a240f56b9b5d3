package io.mercato.shared.security;

/**
 * Where a request comes from, for the records that keep it (a login session, an admin's
 * audit log row). Controllers receive it as a handler argument,
 * {@code ClientInfo client}, built from the request; services take it as a parameter next
 * to the {@link CurrentUser}.
 *
 * @param ip the client address: the connection's peer, or the forwarded client when
 * {@code server.forward-headers-strategy} trusts a proxy
 * @param userAgent the {@code User-Agent} header, possibly {@code null}
 */
public record ClientInfo(String ip, String userAgent) {

}
