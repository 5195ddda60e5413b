package gov.records.governance.demo;

/**
 * How big the demo department is. {@code small} is what a newcomer opens; {@code large}
 * is the size of one real department (250,000 accounts, 25,000 groups) and is what the
 * benchmarks use.
 */
public enum DemoSize {

	SMALL(3, 240, 2_400), LARGE(8, 25_000, 250_000);

	private final int officesPerComponent;

	private final int groups;

	private final int accounts;

	DemoSize(int officesPerComponent, int groups, int accounts) {
		this.officesPerComponent = officesPerComponent;
		this.groups = groups;
		this.accounts = accounts;
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
