package io.mercato.shared.domain;

import java.time.Duration;
import java.util.UUID;

import io.mercato.testing.QueryCounter;
import io.mercato.testing.fixtures.Sample;
import io.mercato.testing.fixtures.SampleCreatedListener;
import io.mercato.testing.fixtures.SampleRepository;
import io.mercato.testing.fixtures.SampleService;
import io.mercato.testing.MercatoApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@MercatoApiTest
class PersistenceConventionsIntegrationTests {

	@Autowired
	SampleService service;

	@Autowired
	SampleRepository samples;

	@Autowired
	SampleCreatedListener listener;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void assignsTimeOrderedIdsBeforeSaving() {
		Sample first = new Sample("first", Money.of("1.00"));
		Sample second = new Sample("second", Money.of("1.00"));

		assertThat(first.getId().version()).isEqualTo(7);
		assertThat(second.getId()).isGreaterThan(first.getId());
		assertThat(first.isNew()).isTrue();
	}

	@Test
	void stampsTimestampsAndCountsVersions() {
		Sample created = this.service.create("lamp", Money.of("20.00"));
		Sample loaded = this.samples.findById(created.getId()).orElseThrow();

		assertThat(loaded.isNew()).isFalse();
		assertThat(loaded.getCreatedAt()).isNotNull().isEqualTo(loaded.getUpdatedAt());
		// what the application held before saving is what the database returns
		assertThat(created.getCreatedAt()).isEqualTo(loaded.getCreatedAt());
		assertThat(loaded.getVersion()).isZero();
		assertThat(loaded.getPrice()).isEqualTo(Money.of("20"));

		loaded.rename("desk lamp");
		Sample renamed = this.samples.saveAndFlush(loaded);

		assertThat(renamed.getVersion()).isEqualTo(1);
		assertThat(renamed.getUpdatedAt()).isAfterOrEqualTo(renamed.getCreatedAt());
		assertThat(this.jdbc.sql("select created_at from fixtures.sample where id = ?")
			.param(created.getId())
			.query(java.time.OffsetDateTime.class)
			.single()
			.toInstant()).isEqualTo(loaded.getCreatedAt());
	}

	@Test
	void softDeleteHidesTheRowButKeepsIt() {
		UUID id = this.service.create("chair", Money.of("35.00")).getId();

		this.service.delete(id);

		assertThat(this.samples.findById(id)).isEmpty();
		assertThat(this.samples.findAll()).extracting(Sample::getId).doesNotContain(id);
		assertThat(this.jdbc.sql("select deleted_at is not null from fixtures.sample where id = ?")
			.param(id)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void deliversEventsThroughThePublicationRegistryAndDeletesThemOnceDelivered() {
		UUID id = new TransactionTemplate(this.transactionManager).execute((status) -> {
			UUID created = this.service.create("shelf", Money.of("80.00")).getId();
			// stored in the publishing transaction, so a crash after commit loses nothing
			assertThat(publicationsOf(created)).isOne();
			return created;
		});

		await().atMost(Duration.ofSeconds(10)).until(() -> this.listener.heard(id));
		await().atMost(Duration.ofSeconds(10)).until(() -> publicationsOf(id) == 0);
	}

	private long publicationsOf(UUID sampleId) {
		return this.jdbc.sql("select count(*) from event_publication where serialized_event like ?")
			.param("%" + sampleId + "%")
			.query(Long.class)
			.single();
	}

	@Test
	void countsTheQueriesOfARequest() {
		UUID id = this.service.create("stool", Money.of("15.00")).getId();

		QueryCounter.reset();
		assertThat(this.mvc.get().uri("/api/v1/samples/{id}", id)).hasStatusOk();

		assertThat(QueryCounter.count()).isEqualTo(1);
	}

}
