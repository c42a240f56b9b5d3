/**
 * Sample data: a believable marketplace generated in a few set-based statements, at any
 * size, from a fixed seed. The benchmarks under {@code bench/} fill their database with
 * it; {@code MERCATO_DEMO_DATA=true} fills an empty database with a small shop for
 * newcomers.
 * <p>
 * It writes every module's tables directly, as their migrations define them, because a
 * million products cannot go through the modules' services in minutes; it depends on no
 * module's Java API, and no module depends on it.
 */
@ApplicationModule(displayName = "Sample data", allowedDependencies = { "shared :: *" })
@NullMarked
package io.mercato.sampledata;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
