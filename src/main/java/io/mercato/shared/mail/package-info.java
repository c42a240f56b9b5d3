/**
 * The mail port: mails sent over SMTP, or logged and kept in memory without a server.
 */
@NamedInterface("mail")
package io.mercato.shared.mail;

import org.springframework.modulith.NamedInterface;
