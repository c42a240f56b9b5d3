package io.mercato.catalog;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The category fields a partial change gives; {@code null} means "unchanged" (so a patch
 * does not move a category to the top: a replacement does).
 *
 * @param name the new name, or {@code null}
 * @param parentId the new parent, or {@code null}
 * @param active whether it is shown, or {@code null}
 */
public record CategoryPatch(@Nullable String name, @Nullable UUID parentId, @Nullable Boolean active) {

	/**
	 * Returns the category as it would be with this patch applied.
	 * @param current every field of the category as it is
	 * @return the current fields, overridden by those this patch gives
	 */
	public CategoryDraft applyTo(CategoryDraft current) {
		return new CategoryDraft((this.name != null) ? this.name : current.name(),
				(this.parentId != null) ? this.parentId : current.parentId(),
				(this.active != null) ? this.active : current.active());
	}

}
