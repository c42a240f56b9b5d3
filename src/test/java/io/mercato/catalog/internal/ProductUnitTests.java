package io.mercato.catalog.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import io.mercato.catalog.CatalogException;
import io.mercato.catalog.ProductDraft;
import io.mercato.catalog.ProductPriceChanged;
import io.mercato.catalog.ProductPublished;
import io.mercato.catalog.ProductStatus;
import io.mercato.catalog.ProductWithdrawn;
import io.mercato.shared.domain.Money;
import io.mercato.shared.web.InvalidField;
import io.mercato.shared.web.InvalidFieldsException;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.test.AggregateTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The product's rules and its status transitions, without Spring or a database.
 */
class ProductUnitTests {

	private static final UUID SHOPKEEPER = UUID.randomUUID();

	private static final UUID CATEGORY = UUID.randomUUID();

	@Test
	void keepsTheNameTrimmedAndTheSkuUpperCase() {
		Product product = new Product(SHOPKEEPER, "desk-lamp",
				draft(ProductStatus.DRAFT).withName("  Desk Lamp  ").withSku(" lamp-1.a_b ").toDraft());

		assertThat(product.toDraft().name()).isEqualTo("Desk Lamp");
		assertThat(product.getSku()).isEqualTo("LAMP-1.A_B");
		assertThat(Product.normalizedSku("lamp-1")).isEqualTo(Product.normalizedSku("LAMP-1"));
	}

	@Test
	void refusesEveryBrokenRuleAtOnceNamingTheJsonFields() {
		ProductDraft broken = new ProductDraft("La", null, null, null, Money.of("10.00"), Money.of("9.99"),
				Money.of("-1.00"), "no spaces", null, false,
				List.of(new ProductDraft.Image("ftp://img.example.com/a.jpg", null),
						new ProductDraft.Image("https://img.example.com/b.jpg", null)),
				0);

		assertThat(Product.violations(broken)).extracting(InvalidField::field)
			.containsExactlyInAnyOrder("name", "sku", "images[0].url", "category_id", "compare_at_price", "cost_price",
					"weight_grams");
		assertThatThrownBy(() -> new Product(SHOPKEEPER, "lamp", broken)).isInstanceOf(InvalidFieldsException.class);
	}

	@Test
	void refusesPricesThatAreNotPositive() {
		assertThat(fields(draft(ProductStatus.DRAFT).withPrice(null))).containsExactly("price");
		assertThat(fields(draft(ProductStatus.DRAFT).withPrice(Money.of("0.00")))).containsExactly("price");
		assertThat(fields(draft(ProductStatus.DRAFT).withPrice(Money.of("-5.00")))).containsExactly("price");
		assertThat(fields(draft(ProductStatus.DRAFT).withPrice(Money.of("0.01")))).isEmpty();

		Product product = new Product(SHOPKEEPER, "lamp", draft(ProductStatus.DRAFT).toDraft());
		assertThatThrownBy(() -> product.reprice(Money.ZERO, null, null)).isInstanceOf(InvalidFieldsException.class);
		assertThat(product.getPrice()).isEqualTo(Money.of("25.00"));
	}

	@Test
	void refusesTooManyPicturesAndNamesOfTheWrongLength() {
		List<ProductDraft.Image> pictures = Collections.nCopies(Product.MAX_IMAGES + 1,
				new ProductDraft.Image("https://img.example.com/a.jpg", null));

		assertThat(fields(draft(ProductStatus.DRAFT).withImages(pictures))).containsExactly("images");
		assertThat(fields(draft(ProductStatus.DRAFT).withName("x".repeat(Product.MAX_NAME_LENGTH + 1))))
			.containsExactly("name");
		assertThat(fields(draft(ProductStatus.DRAFT).withName("   ab   "))).containsExactly("name");
		assertThat(fields(draft(ProductStatus.DRAFT).withSku("-LAMP"))).containsExactly("sku");
	}

	@Test
	void registersProductPublishedWhenListedPublishedAndNothingForADraft() {
		Product published = new Product(SHOPKEEPER, "lamp", draft(ProductStatus.PUBLISHED).toDraft());
		Product draft = new Product(SHOPKEEPER, "lamp", draft(ProductStatus.DRAFT).toDraft());

		assertThat(events(published))
			.containsExactly(new ProductPublished(published.getId(), SHOPKEEPER, Money.of("25.00")));
		assertThat(events(draft)).isEmpty();
	}

	@Test
	void publishesADraftOnceAndWithdrawsItBackToADraft() {
		Product product = new Product(SHOPKEEPER, "lamp", draft(ProductStatus.DRAFT).toDraft());

		assertThat(eventsOf(product, product::publish))
			.containsExactly(new ProductPublished(product.getId(), SHOPKEEPER, Money.of("25.00")));
		assertThat(eventsOf(product, product::publish)).isEmpty();
		assertThat(eventsOf(product, product::withdraw))
			.containsExactly(new ProductWithdrawn(product.getId(), SHOPKEEPER));
		assertThat(product.getStatus()).isEqualTo(ProductStatus.DRAFT);
		assertThat(eventsOf(product, product::withdraw)).isEmpty();
	}

	@Test
	void archivesForGoodAndWithdrawsOnlyWhatWasForSale() {
		Product published = new Product(SHOPKEEPER, "lamp", draft(ProductStatus.PUBLISHED).toDraft());
		Product draft = new Product(SHOPKEEPER, "lamp", draft(ProductStatus.DRAFT).toDraft());

		assertThat(eventsOf(published, published::archive))
			.containsExactly(new ProductWithdrawn(published.getId(), SHOPKEEPER));
		assertThat(eventsOf(draft, draft::archive)).isEmpty();
		assertThat(eventsOf(published, published::archive)).isEmpty();

		assertThatThrownBy(published::publish).isInstanceOf(CatalogException.InvalidTransition.class)
			.hasMessage("A product in status ARCHIVED cannot become PUBLISHED.");
		assertThatThrownBy(published::withdraw).isInstanceOf(CatalogException.InvalidTransition.class)
			.hasMessage("A product in status ARCHIVED cannot become DRAFT.");
		assertThat(published.getStatus()).isEqualTo(ProductStatus.ARCHIVED);
	}

	@Test
	void refusesAnEditThatTurnsAnArchivedProductBackIntoADraftBeforeChangingAnything() {
		Product product = new Product(SHOPKEEPER, "lamp", draft(ProductStatus.ARCHIVED).toDraft());

		assertThatThrownBy(() -> product.edit(draft(ProductStatus.DRAFT).withName("Renamed lamp").toDraft()))
			.isInstanceOfSatisfying(CatalogException.InvalidTransition.class,
					(refusal) -> assertThat(refusal.code()).isEqualTo("invalid_transition"));
		assertThat(product.toDraft().name()).isEqualTo("Desk lamp");

		product.edit(draft(ProductStatus.ARCHIVED).withName("Renamed lamp").toDraft());
		assertThat(product.toDraft().name()).isEqualTo("Renamed lamp");
	}

	@Test
	void definesEveryTransitionExplicitly() {
		assertThat(ProductStatus.DRAFT.next()).containsExactlyInAnyOrder(ProductStatus.PUBLISHED,
				ProductStatus.ARCHIVED);
		assertThat(ProductStatus.PUBLISHED.next()).containsExactlyInAnyOrder(ProductStatus.DRAFT,
				ProductStatus.ARCHIVED);
		assertThat(ProductStatus.ARCHIVED.next()).isEmpty();
		for (ProductStatus status : ProductStatus.values()) {
			assertThat(status.mayBecome(status)).as(status.name()).isTrue();
		}
	}

	@Test
	void registersPriceChangesOnlyWhenThePriceDiffers() {
		Product product = new Product(SHOPKEEPER, "lamp", draft(ProductStatus.PUBLISHED).toDraft());

		assertThat(eventsOf(product, () -> product.reprice(Money.of("25.00"), Money.of("30.00"), null))).isEmpty();
		assertThat(eventsOf(product, () -> product.reprice(Money.of("19.90"), null, null))).containsExactly(
				new ProductPriceChanged(product.getId(), SHOPKEEPER, Money.of("25.00"), Money.of("19.90")));
	}

	@Test
	void editsThroughTheIntentionsSoThatEachRegistersItsEvent() {
		Product product = new Product(SHOPKEEPER, "lamp", draft(ProductStatus.DRAFT).toDraft());

		List<Object> events = eventsOf(product,
				() -> product.edit(draft(ProductStatus.PUBLISHED).withPrice(Money.of("30.00")).toDraft()));
		assertThat(events).containsExactly(
				new ProductPriceChanged(product.getId(), SHOPKEEPER, Money.of("25.00"), Money.of("30.00")),
				new ProductPublished(product.getId(), SHOPKEEPER, Money.of("30.00")));
		assertThat(eventsOf(product, () -> product.edit(product.toDraft()))).isEmpty();
	}

	@Test
	void registersAWithdrawalWhenAPublishedProductIsDiscarded() {
		Product published = new Product(SHOPKEEPER, "lamp", draft(ProductStatus.PUBLISHED).toDraft());
		Product draft = new Product(SHOPKEEPER, "lamp", draft(ProductStatus.DRAFT).toDraft());

		assertThat(eventsOf(published, published::discard))
			.containsExactly(new ProductWithdrawn(published.getId(), SHOPKEEPER));
		assertThat(eventsOf(draft, draft::discard)).isEmpty();
	}

	/** The events the product registered and has not had published, oldest first. */
	private static List<Object> events(Product product) {
		List<Object> events = new ArrayList<>();
		AggregateTestUtils.eventsOf(product).ofType(Object.class).forEach(events::add);
		return events;
	}

	private static List<String> fields(Draft draft) {
		return Product.violations(draft.toDraft()).stream().map(InvalidField::field).toList();
	}

	/** The events the action registered, without those registered before it. */
	private static List<Object> eventsOf(Product product, Runnable action) {
		int before = events(product).size();
		action.run();
		List<Object> events = events(product);
		return events.subList(before, events.size());
	}

	private static Draft draft(ProductStatus status) {
		return new Draft("Desk lamp", Money.of("25.00"), "LAMP-1", status, List.of());
	}

	/** A valid draft to spoil one field at a time. */
	private record Draft(String name, Money price, String sku, ProductStatus status, List<ProductDraft.Image> images) {

		Draft withName(String name) {
			return new Draft(name, this.price, this.sku, this.status, this.images);
		}

		Draft withPrice(Money price) {
			return new Draft(this.name, price, this.sku, this.status, this.images);
		}

		Draft withSku(String sku) {
			return new Draft(this.name, this.price, sku, this.status, this.images);
		}

		Draft withImages(List<ProductDraft.Image> images) {
			return new Draft(this.name, this.price, this.sku, this.status, images);
		}

		ProductDraft toDraft() {
			return new ProductDraft(this.name, "", CATEGORY, null, this.price, null, null, this.sku, this.status, false,
					this.images, null);
		}

	}

}
