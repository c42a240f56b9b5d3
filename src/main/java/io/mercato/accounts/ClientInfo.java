package io.mercato.accounts;

/**
 * Where a request came from, recorded on the session it opens.
 *
 * @param ip the client address
 * @param userAgent the {@code User-Agent} header, possibly {@code null}
 */
public record ClientInfo(String ip, String userAgent) {

}
