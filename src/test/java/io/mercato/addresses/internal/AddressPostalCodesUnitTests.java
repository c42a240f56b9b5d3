package io.mercato.addresses.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The postal code formats of {@link PostalCodes}: what each country accepts, how it is
 * stored, and what it refuses.
 */
class AddressPostalCodesUnitTests {

	@ParameterizedTest(name = "{0} {1} is stored as {2}")
	@CsvSource(delimiter = '|', textBlock = """
			US | 12345       | 12345
			US | 12345-6789  | 12345-6789
			US | ' 90210 '   | 90210
			CA | K1A 0B1     | K1A 0B1
			CA | k1a0b1      | K1A 0B1
			CA | M5W  1E6    | M5W 1E6
			GB | SW1A 1AA    | SW1A 1AA
			GB | sw1a1aa     | SW1A 1AA
			GB | M1 1AE      | M1 1AE
			GB | B33 8TH     | B33 8TH
			GB | CR2 6XH     | CR2 6XH
			GB | DN55 1PT    | DN55 1PT
			GB | W1A 0AX     | W1A 0AX
			GB | EC1A 1BB    | EC1A 1BB
			GB | gir0aa      | GIR 0AA
			DE | 10115       | 10115
			DE | 01067       | 01067
			FR | 75008       | 75008
			FR | 75 008      | 75008
			FR | 97400       | 97400
			IN | 110001      | 110001
			IN | 560 034     | 560034
			UZ | 100000      | 100000
			UZ | 140100      | 140100
			JP | 100-0001    | 100-0001
			JP | 1000001     | 100-0001
			AU | 2000        | 2000
			AU | 0800        | 0800
			NL | 1012 AB     | 1012 AB
			NL | 1012ab      | 1012 AB
			NL | 9999 zz     | 9999 ZZ
			IE | d02 x285    | D02 X285
			BR | 01310-100   | 01310-100
			""")
	void acceptsAndNormalisesCodesOfTheCountrysFormat(String country, String typed, String stored) {
		assertThat(PostalCodes.normalize(country, typed)).contains(stored);
	}

	@ParameterizedTest(name = "{0} refuses {1}")
	@CsvSource(delimiter = '|', textBlock = """
			US | 1234
			US | 123456
			US | 12345-678
			US | ABCDE
			CA | 123 456
			CA | D1A 0B1
			CA | K1A 0B
			GB | 12345
			GB | SW1A 1A
			GB | QA1 1AA
			GB | SW1A1AAA
			DE | 1011
			DE | 101155
			DE | D-10115
			FR | 7500
			FR | 750080
			IN | 011001
			IN | 11001
			UZ | 10000
			UZ | 1000000
			JP | 100-001
			JP | 10-00001
			AU | 200
			AU | 20000
			NL | 0123 AB
			NL | 1012 SA
			NL | 1012 A
			NL | 1012
			IE | D02_X285
			IE | 12345678901234567
			""")
	void refusesCodesThatDoNotFitTheCountry(String country, String typed) {
		assertThat(PostalCodes.normalize(country, typed)).isEmpty();
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			US | must be a US ZIP code such as 12345 or 12345-6789
			GB | must be a UK postcode such as SW1A 1AA or M1 1AE
			NL | must be a Dutch postcode such as 1012 AB
			IE | must be 1 to 16 letters, digits, spaces or hyphens
			""")
	void namesTheExpectedFormat(String country, String message) {
		assertThat(PostalCodes.expectation(country)).isEqualTo(message);
	}

}
