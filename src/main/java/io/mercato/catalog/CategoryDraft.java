package io.mercato.catalog;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Every editable field of a category, as a new category or a replacement gives them.
 *
 * @param name 1 to 100 characters, surrounding blanks dropped
 * @param parentId an existing category, not the category itself nor one below it; or
 * {@code null} for a top-level category
 * @param active whether it is shown
 */
public record CategoryDraft(String name, @Nullable UUID parentId, boolean active) {

}
