package gov.records.governance.api;

import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.platforms.PlatformKind;
import gov.records.governance.platforms.PlatformService;
import gov.records.governance.platforms.PlatformSummary;
import gov.records.governance.sync.PlatformSyncService;
import gov.records.governance.sync.SyncOutcome;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Someone diagnosing a backend turns on debug logging for the connectors' HTTP client:
 * its request and connection logs show, but the loggers that would print every header,
 * {@code Authorization} included, stay off (application.properties), so no bearer token
 * or SigV4 signature reaches a log. The level is changed at run time, through Spring
 * Boot's logging system, in the context the other API tests share.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ConnectorLogsTest {

	private static final String CLIENT = "org.apache.hc";

	@Autowired
	PlatformService platforms;

	@Autowired
	PlatformSyncService sync;

	private final LoggingSystem logging = LoggingSystem.get(ConnectorLogsTest.class.getClassLoader());

	@BeforeEach
	void debugTheClient() {
		this.logging.setLogLevel(CLIENT, LogLevel.DEBUG);
	}

	@AfterEach
	void quietAgain() {
		this.logging.setLogLevel(CLIENT, null);
	}

	@Test
	void debugLoggingOfTheHttpClientShowsNoCredentials(CapturedOutput output) {
		List<PlatformSummary> connected = this.platforms.all().stream().filter(PlatformSummary::connected).toList();
		assertThat(connected).extracting(PlatformSummary::kind)
			.contains(PlatformKind.WICKR, PlatformKind.MATTERMOST, PlatformKind.MATRIX);

		for (PlatformSummary platform : connected) {
			assertThat(this.sync.sync(platform, "logging test").status()).isEqualTo(SyncOutcome.Status.SYNCED);
		}

		assertThat(output.getOut()).as("the client's debug logging is on").contains("executing GET");
		assertThat(output.getOut().toLowerCase(Locale.ROOT)).doesNotContain("authorization")
			.doesNotContain("bearer ")
			.doesNotContain("signature=")
			.doesNotContain("x-amz-date");
	}

}
