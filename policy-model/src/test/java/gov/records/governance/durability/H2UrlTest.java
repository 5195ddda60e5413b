package gov.records.governance.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class H2UrlTest {

	@Test
	void readsTheWriteDelayAUrlSets() {
		assertThat(new H2Url("jdbc:h2:file:/data/console;WRITE_DELAY=0").writeDelay()).hasValue(0);
		assertThat(new H2Url("jdbc:h2:file:/data/console;OPTIMIZE_REUSE_RESULTS=FALSE;write_delay = 500").writeDelay())
			.hasValue(500);
		assertThat(new H2Url("jdbc:h2:file:/data/console").writeDelay()).isEmpty();
		assertThatThrownBy(() -> new H2Url("jdbc:h2:file:/data/console;WRITE_DELAY=soon").writeDelay())
			.hasMessageContaining("set WRITE_DELAY=0");
	}

	@Test
	void findsTheFileOfAFileDatabaseOnly() {
		assertThat(new H2Url("jdbc:h2:file:/data/console-small;WRITE_DELAY=0").file())
			.hasValue(Path.of("/data/console-small"));
		assertThat(new H2Url("jdbc:h2:/data/console").file()).hasValue(Path.of("/data/console"));
		assertThat(new H2Url("jdbc:h2:~/db").file()).hasValue(Path.of(System.getProperty("user.home"), "db"));
		assertThat(new H2Url("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1").file()).isEmpty();
		assertThat(new H2Url("jdbc:h2:tcp://host/db").file()).isEmpty();
	}

	@Test
	void readsWhetherTheUrlLetsH2ReuseFreedSpace() {
		assertThat(new H2Url("jdbc:h2:file:/data/console;WRITE_DELAY=0;REUSE_SPACE=FALSE").reuseSpace())
			.hasValue(false);
		assertThat(new H2Url("jdbc:h2:file:/data/console; reuse_space = true").reuseSpace()).hasValue(true);
		assertThat(new H2Url("jdbc:h2:file:/data/console;WRITE_DELAY=0").reuseSpace()).isEmpty();
		assertThatThrownBy(() -> new H2Url("jdbc:h2:file:/data/console;REUSE_SPACE=sometimes").reuseSpace())
			.hasMessageContaining("set REUSE_SPACE=FALSE");
	}

	@Test
	void addsAppendingOnlyUnlessTheUrlSays() {
		assertThat(new H2Url("jdbc:h2:file:/data/console;WRITE_DELAY=0").appendingOnly())
			.isEqualTo("jdbc:h2:file:/data/console;WRITE_DELAY=0;REUSE_SPACE=FALSE");
		assertThat(new H2Url("jdbc:h2:file:/data/console;REUSE_SPACE=TRUE").appendingOnly())
			.isEqualTo("jdbc:h2:file:/data/console;REUSE_SPACE=TRUE");
	}

}
