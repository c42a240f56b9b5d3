/**
 * Sample data: a believable marketplace generated in a few set-based statements, at any
 * size, from a fixed seed. The benchmarks under {@code bench/} fill their database with
 * it; {@code MERCATO_DEMO_DATA=true} fills an empty database with a small shop for
 * newcomers.
 * <p>
 * {@link io.mercato.sampledata.SampleData} writes every module's tables directly, as
 * their migrations define them, because a million products cannot go through the modules'
 * services in minutes. The demo's promotion and orders, a handful, go through the
 * modules' APIs instead, as the demo's people would through HTTP, so that stock,
 * reservations, payments and history are as real use leaves them. No module depends on
 * it.
 */
@ApplicationModule(displayName = "Sample data",
		allowedDependencies = { "shared :: *", "addresses", "ordering", "payments", "promotions" })
@NullMarked
package io.mercato.sampledata;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
