package gov.records.governance.demo;

/**
 * How big the demo department is. {@code small} is what a newcomer opens; {@code large}
 * is the size of one real department (250,000 accounts, 25,000 groups) and is what the
 * benchmarks use; {@code xlarge} is a shared service for government-wide scale (2,500,000
 * accounts, 250,000 groups, 40 components of 12 offices, about as many groups per office
 * as {@code large}; issue 17, DD069); {@code tiny} has the shape of {@code xlarge} (40
 * components of 12 offices) at a thousandth of its groups and accounts, for tests.
 */
public enum DemoSize {

	SMALL(6, 3, 240, 2_400), LARGE(6, 8, 25_000, 250_000), XLARGE(40, 12, 250_000, 2_500_000), TINY(40, 12, 250, 2_500);

	private final int components;

	private final int officesPerComponent;

	private final int groups;

	private final int accounts;

	DemoSize(int components, int officesPerComponent, int groups, int accounts) {
		this.components = components;
		this.officesPerComponent = officesPerComponent;
		this.groups = groups;
		this.accounts = accounts;
	}

	/** Components under the department; the first six are the catalogue's named ones. */
	public int components() {
		return this.components;
	}

	public int officesPerComponent() {
		return this.officesPerComponent;
	}

	public int groups() {
		return this.groups;
	}

	public int accounts() {
		return this.accounts;
	}

}
