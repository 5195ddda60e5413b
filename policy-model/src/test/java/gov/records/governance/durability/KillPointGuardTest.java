package gov.records.governance.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * The crash suite's kill hook is armed only by its JVM system property and never under
 * {@code prod} (DD054).
 */
class KillPointGuardTest {

	@AfterEach
	void clear() {
		System.clearProperty(KillPoint.PROPERTY);
		KillPoint.disarm();
	}

	@Test
	void nothingIsArmedWithoutTheSystemProperty() {
		new KillPointGuard(new MockEnvironment().withProperty(KillPoint.PROPERTY, "outbox.pushed"));
		assertThat(KillPoint.armed("outbox.pushed")).isFalse();
		// unarmed, reaching a point does nothing (the JVM would halt here otherwise)
		KillPoint.reach("outbox.pushed");
	}

	@Test
	void theSystemPropertyArmsAPointOutsideProd() {
		System.setProperty(KillPoint.PROPERTY, "outbox.pushed#3");
		new KillPointGuard(new MockEnvironment());
		assertThat(KillPoint.armed("outbox.pushed")).isTrue();
		// another point is passed without a halt
		KillPoint.reach("sync.read");
	}

	@Test
	void prodRefusesToStartWithTheSystemPropertySet() {
		System.setProperty(KillPoint.PROPERTY, "outbox.pushed");
		MockEnvironment prod = new MockEnvironment();
		prod.setActiveProfiles("prod");
		assertThatIllegalStateException().isThrownBy(() -> new KillPointGuard(prod))
			.withMessageContaining("prod profile does not start with it");
		assertThat(KillPoint.armed("outbox.pushed")).isFalse();
	}

}
