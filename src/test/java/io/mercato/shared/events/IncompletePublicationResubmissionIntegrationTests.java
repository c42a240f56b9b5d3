package io.mercato.shared.events;

import java.time.Duration;
import java.util.UUID;

import io.mercato.shared.domain.Money;
import io.mercato.testing.MercatoApiTest;
import io.mercato.testing.fixtures.SampleRepriced;
import io.mercato.testing.fixtures.SampleRepricedListener;
import io.mercato.testing.fixtures.SampleService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@MercatoApiTest
class IncompletePublicationResubmissionIntegrationTests {

	// generous: on a busy machine the shared context's listener threads may be queued
	// behind other tests' events
	private static final Duration DELIVERY = Duration.ofSeconds(60);

	@Autowired
	IncompletePublicationResubmission resubmission;

	@Autowired
	SampleService samples;

	@Autowired
	SampleRepricedListener listener;

	@Autowired
	JdbcClient jdbc;

	@Test
	void deliversAgainAnEventWhoseListenerFailedAndThenDeletesItsPublication() {
		UUID id = this.samples.create("vase", Money.of("12.00")).getId();
		this.samples.reprice(id, Money.of("15.00"));
		await().atMost(DELIVERY).until(() -> this.listener.attempts(id) == 1);
		assertThat(repricingPublications(id)).as("the failed delivery stays in the registry").isOne();

		this.resubmission.resubmit();

		await().atMost(DELIVERY).until(() -> this.listener.delivered(id));
		assertThat(this.listener.attempts(id)).isEqualTo(2);
		await().atMost(DELIVERY).until(() -> repricingPublications(id) == 0);
		assertThat(this.jdbc.sql("select count(*) from shedlock where name = ?")
			.param(IncompletePublicationResubmission.LOCK_NAME)
			.query(Long.class)
			.single()).as("the run took the cluster-wide lock").isOne();
	}

	private long repricingPublications(UUID sampleId) {
		return this.jdbc.sql("select count(*) from event_publication where event_type = ? and serialized_event like ?")
			.param(SampleRepriced.class.getName())
			.param("%" + sampleId + "%")
			.query(Long.class)
			.single();
	}

}
