package io.mercato.ordering;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The tax rates as admins keep them, for the ordering module's own HTTP adapter; orders
 * apply them inside the module.
 * <p>
 * A rate is for a country, or for one region of it; at most one rate exists for each
 * country and region (regions compared in any case), and a country has at most one
 * country-wide rate. An order is taxed at its region's rate where one exists, else at its
 * country's country-wide rate, else not at all. Orders copy the tax they were charged, so
 * changing or deleting a rate (deleting is for good) changes no order. Field errors are
 * named as the JSON fields.
 */
public interface TaxRateAdministration {

	/**
	 * Returns a page of the rates, by country and then region, each country's
	 * country-wide rate first.
	 * @param country only this country's rates, or {@code null} for every country's
	 * @param page the page
	 * @return the rates of the page
	 * @throws io.mercato.shared.web.InvalidFieldsException when the country is not an
	 * upper-case ISO 3166-1 alpha-2 code
	 */
	Page<TaxRateView> taxRates(@Nullable String country, Pageable page);

	/**
	 * Returns a rate.
	 * @param id the rate
	 * @return the rate
	 * @throws OrderingException.TaxRateNotFound when unknown or deleted
	 */
	TaxRateView taxRate(UUID id);

	/**
	 * Creates a rate.
	 * @param draft its fields
	 * @return the rate as stored
	 * @throws OrderingException.TaxRateExists when the country already has a rate for the
	 * region (or a country-wide one, for a draft without a region), also when another
	 * admin creates it at the same moment
	 * @throws io.mercato.shared.web.InvalidFieldsException for every field that breaks
	 * its rule
	 */
	TaxRateView createTaxRate(TaxRateDraft draft);

	/**
	 * Replaces every field of a rate; a missing region makes it country-wide.
	 * @param id the rate
	 * @param draft its fields
	 * @return the rate as stored
	 * @throws OrderingException.TaxRateNotFound when unknown or deleted
	 * @throws OrderingException.TaxRateExists when another rate has the country and
	 * region
	 * @throws io.mercato.shared.web.InvalidFieldsException for every field that breaks
	 * its rule
	 */
	TaxRateView replaceTaxRate(UUID id, TaxRateDraft draft);

	/**
	 * Changes the fields a patch gives, merged onto the rate as it is inside the writing
	 * transaction.
	 * @param id the rate
	 * @param patch the fields to change
	 * @return the rate as stored
	 * @throws OrderingException.TaxRateNotFound when unknown or deleted
	 * @throws OrderingException.TaxRateExists as for {@link #replaceTaxRate}
	 * @throws io.mercato.shared.web.InvalidFieldsException as for {@link #replaceTaxRate}
	 */
	TaxRateView patchTaxRate(UUID id, TaxRatePatch patch);

	/**
	 * Deletes a rate for good; orders already placed keep the tax they were charged.
	 * @param id the rate
	 * @throws OrderingException.TaxRateNotFound when unknown or already deleted
	 */
	void deleteTaxRate(UUID id);

}
