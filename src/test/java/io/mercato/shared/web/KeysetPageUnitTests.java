package io.mercato.shared.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class KeysetPageUnitTests {

	private static final String LIST = "numbers:ascending";

	@Test
	void firstPageWithMoreRowsLinksOnlyToTheNext() {
		KeysetPage<Integer> page = KeysetPage.of(LIST, List.of(1, 2, 3), 2, null, KeysetPageUnitTests::keys);

		assertThat(page.results()).containsExactly(1, 2);
		assertThat(page.previous()).isNull();
		KeysetPage.Position next = KeysetPage.position(LIST, page.next().encode());
		assertThat(next.backwards()).isFalse();
		assertThat(next.keys().string("n")).isEqualTo("2");
	}

	@Test
	void lastPageReadForwardsLinksOnlyToThePrevious() {
		KeysetPage.Position after = KeysetPage.position(LIST,
				KeysetPage.of(LIST, List.of(1, 2, 3), 2, null, KeysetPageUnitTests::keys).next().encode());

		KeysetPage<Integer> page = KeysetPage.of(LIST, List.of(3), 2, after, KeysetPageUnitTests::keys);

		assertThat(page.results()).containsExactly(3);
		assertThat(page.next()).isNull();
		assertThat(KeysetPage.position(LIST, page.previous().encode()).keys().string("n")).isEqualTo("3");
	}

	@Test
	void pageReadBackwardsIsPutBackInTheListsOrder() {
		KeysetPage.Position after = KeysetPage.position(LIST,
				KeysetPage.of(LIST, List.of(3), 2, KeysetPage.position(LIST,
						KeysetPage.of(LIST, List.of(1, 2, 3), 2, null, KeysetPageUnitTests::keys).next().encode()),
						KeysetPageUnitTests::keys)
					.previous()
					.encode());
		assertThat(after.backwards()).isTrue();

		// read backwards from 3: 2, then 1, and no third row: nothing before 1
		KeysetPage<Integer> page = KeysetPage.of(LIST, List.of(2, 1), 2, after, KeysetPageUnitTests::keys);

		assertThat(page.results()).containsExactly(1, 2);
		assertThat(page.previous()).isNull();
		assertThat(page.next()).isNotNull();
	}

	@Test
	void refusesACursorOfAnotherList() {
		String token = KeysetPage.of(LIST, List.of(1, 2, 3), 2, null, KeysetPageUnitTests::keys).next().encode();

		assertThatExceptionOfType(InvalidCursorException.class)
			.isThrownBy(() -> KeysetPage.position("numbers:descending", token));
	}

	@Test
	void emptyPageHasNoLinks() {
		KeysetPage<Integer> page = KeysetPage.of(LIST, List.of(), 2, null, KeysetPageUnitTests::keys);

		assertThat(page.results()).isEmpty();
		assertThat(page.next()).isNull();
		assertThat(page.previous()).isNull();
	}

	private static Map<String, String> keys(Integer number) {
		return Map.of("n", number.toString());
	}

}
