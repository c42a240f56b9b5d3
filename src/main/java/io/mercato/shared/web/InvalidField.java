package io.mercato.shared.web;

/**
 * One rejected input of a {@code validation_failed} (or similar) problem.
 *
 * @param field the JSON path (snake_case, {@code items[0].quantity}) or the query, path
 * or header parameter name
 * @param message what is wrong, in words a client can show next to the field
 */
public record InvalidField(String field, String message) {

}
