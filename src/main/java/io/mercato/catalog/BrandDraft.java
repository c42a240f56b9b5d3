package io.mercato.catalog;

import org.jspecify.annotations.Nullable;

/**
 * Every editable field of a brand, as a new brand or a replacement gives them.
 *
 * @param name 1 to 100 characters, surrounding blanks dropped
 * @param logoUrl an http or https URL of its logo, or {@code null} for none
 */
public record BrandDraft(String name, @Nullable String logoUrl) {

}
