package io.mercato.shipping.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.mercato.shared.domain.Money;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shipping.ShippingOption;
import io.mercato.shipping.ShippingQuotes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Shipping quotes, for anyone: what each method that ships to an address or a country
 * would charge for some products.
 */
@Tag(name = "Shipping")
@RestController
class ShippingQuoteController {

	private final ShippingQuotes quotes;

	ShippingQuoteController(ShippingQuotes quotes) {
		this.quotes = quotes;
	}

	@Operation(summary = "Quote shipping",
			description = "Every active method that ships to the destination, cheapest first, with its cost for the "
					+ "items. Give either address_id (one of the caller's saved addresses; needs a login) or a "
					+ "country (and, optionally, a postal code). A rule naming the country wins over a method's rule "
					+ "for every country; per-kilogram amounts count started kilograms of the items' known weights; "
					+ "free_above compares the items' catalog prices times their quantities. An empty list means "
					+ "nothing ships there.")
	@ApiResponse(responseCode = "200", description = "The quote")
	@ApiResponse(responseCode = "400",
			description = "validation_failed: invalid fields, both or neither of address_id and country; "
					+ "product_unavailable: some items' products are unknown or not for sale (errors names each "
					+ "such item's product_id); malformed_json; invalid_value")
	@ApiResponse(responseCode = "401",
			description = "authentication_required: address_id without a login; invalid_token: a bad access token")
	@ApiResponse(responseCode = "404", description = "address_not_found: address_id is not one of the caller's")
	@PostMapping("/api/v1/shipping/quote")
	QuoteResponse quoteShipping(@AuthenticationPrincipal CurrentUser caller, @Valid @RequestBody QuoteRequest request) {
		return QuoteResponse.of(this.quotes.quote(caller, request.addressId(), request.country(), request.postalCode(),
				request.items().stream().map(ItemBody::toItem).toList()));
	}

	record ItemBody(@NotNull UUID productId, @NotNull @Min(1) @Max(1000) Integer quantity) {

		ShippingQuotes.QuoteItem toItem() {
			return new ShippingQuotes.QuoteItem(this.productId, this.quantity);
		}

	}

	record QuoteRequest(@Schema(description = "One of the caller's saved addresses; instead of country") UUID addressId,
			@Schema(description = "ISO 3166-1 alpha-2 code in upper case; instead of address_id",
					example = "DE") @Size(max = 2) String country,
			@Schema(description = "With country only; rates do not depend on it yet") @Size(max = 20) String postalCode,
			@NotNull @Size(min = 1, max = 100) List<@Valid @NotNull ItemBody> items) {

	}

	record OptionResponse(String code, String name, String carrier, Money cost, int estimatedDaysMin,
			int estimatedDaysMax) {

		static OptionResponse of(ShippingOption option) {
			return new OptionResponse(option.code(), option.name(), option.carrier(), option.cost(),
					option.estimatedDaysMin(), option.estimatedDaysMax());
		}

	}

	record QuoteResponse(String country, @Nullable String postalCode,
			@Schema(description = "The items' catalog prices times their quantities") Money subtotal,
			@Schema(description = "The items' known weight; unknown weights count as nothing") long weightGrams,
			@Schema(description = "Every method that ships there, cheapest first; empty when none does") List<OptionResponse> methods) {

		static QuoteResponse of(ShippingQuotes.ShippingQuote quote) {
			return new QuoteResponse(quote.destination().country(), quote.destination().postalCode(), quote.subtotal(),
					quote.weightGrams(), quote.options().stream().map(OptionResponse::of).toList());
		}

	}

}
