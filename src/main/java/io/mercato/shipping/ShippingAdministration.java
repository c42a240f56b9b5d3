package io.mercato.shipping;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The shipping methods as admins keep them, for the shipping module's own HTTP adapter.
 * Other modules quote through {@link ShippingManagement}.
 * <p>
 * A method's code names it for good, since orders keep it: it is unique over every method
 * ever created, deleted ones too, and never changes. Deleting is soft: a deleted method
 * is neither listed nor quoted, and its code stays taken. Rules are replaced whole. Field
 * errors are named as the JSON fields ({@code rules[1].countries[0]}).
 */
public interface ShippingAdministration {

	/**
	 * Returns a page of the live methods, by code.
	 * @param page the page
	 * @return the methods of the page, with their rules, in three queries whatever its
	 * size
	 */
	Page<ShippingMethodView> methods(Pageable page);

	/**
	 * Returns a method.
	 * @param id the method
	 * @return the method
	 * @throws ShippingException.MethodNotFound when unknown or deleted
	 */
	ShippingMethodView method(UUID id);

	/**
	 * Creates a method.
	 * @param draft its fields
	 * @return the method as stored
	 * @throws ShippingException.MethodCodeTaken when any method, deleted ones included,
	 * has the code
	 * @throws io.mercato.shared.web.InvalidFieldsException for every field that breaks
	 * its rule
	 */
	ShippingMethodView createMethod(ShippingMethodDraft draft);

	/**
	 * Replaces every field of a method, its rules included.
	 * @param id the method
	 * @param draft its fields; the code must be the method's
	 * @return the method as stored
	 * @throws ShippingException.MethodNotFound when unknown or deleted
	 * @throws io.mercato.shared.web.InvalidFieldsException for another code, or any field
	 * that breaks its rule
	 */
	ShippingMethodView replaceMethod(UUID id, ShippingMethodDraft draft);

	/**
	 * Changes the fields a patch gives, merged onto the method as it is inside the
	 * writing transaction.
	 * @param id the method
	 * @param patch the fields to change
	 * @return the method as stored
	 * @throws ShippingException.MethodNotFound when unknown or deleted
	 * @throws io.mercato.shared.web.InvalidFieldsException as for {@link #replaceMethod}
	 */
	ShippingMethodView patchMethod(UUID id, ShippingMethodPatch patch);

	/**
	 * Deletes a method softly: no longer listed or quoted; its code stays taken, and
	 * orders keep naming it.
	 * @param id the method
	 * @throws ShippingException.MethodNotFound when unknown or deleted
	 */
	void deleteMethod(UUID id);

}
