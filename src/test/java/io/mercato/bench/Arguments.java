package io.mercato.bench;

import java.util.Arrays;
import java.util.List;

/**
 * A benchmark's options, each given as {@code --name=value} or as the environment
 * variable {@code BENCH_<NAME>} (dashes become underscores); an argument wins over the
 * environment, which wins over the default.
 */
final class Arguments {

	private final String[] args;

	Arguments(String[] args, List<String> names) {
		for (String arg : args) {
			if (names.stream().noneMatch((name) -> arg.startsWith("--" + name + "="))) {
				throw new IllegalArgumentException(
						"Unknown option %s; the options are %s, each as --name=value".formatted(arg, names));
			}
		}
		this.args = args;
	}

	String text(String name, String fallback) {
		String prefix = "--" + name + "=";
		return Arrays.stream(this.args)
			.filter((arg) -> arg.startsWith(prefix))
			.map((arg) -> arg.substring(prefix.length()))
			.reduce((first, second) -> second)
			.orElseGet(() -> {
				String environment = System.getenv("BENCH_" + name.toUpperCase().replace('-', '_'));
				return (environment != null && !environment.isBlank()) ? environment : fallback;
			});
	}

	/** 1_000_000 and 1,000,000 read as 1000000. */
	int number(String name, String fallback) {
		return Integer.parseInt(text(name, fallback).replace("_", "").replace(",", ""));
	}

	/** A list such as {@code 1,8,32,64}. */
	int[] numbers(String name, String fallback) {
		return Arrays.stream(text(name, fallback).split("[, ]+")).mapToInt(Integer::parseInt).toArray();
	}

	List<String> words(String name, String fallback) {
		return List.of(text(name, fallback).split("[, ]+"));
	}

}
