package gov.records.governance.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

/**
 * The default profile publishes its demo passwords, so it listens on loopback only: the
 * port answers on 127.0.0.1 and refuses connections on the machine's other addresses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoopbackDefaultTest {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Test
	void theDefaultProfileListensOnLoopbackOnly() throws Exception {
		assertThat(this.environment.getProperty("server.address")).isEqualTo("127.0.0.1");
		try (Socket loopback = new Socket()) {
			loopback.connect(new InetSocketAddress("127.0.0.1", this.port), 2000);
			assertThat(loopback.isConnected()).isTrue();
		}
		Optional<InetAddress> other = NetworkInterface.networkInterfaces()
			.flatMap(NetworkInterface::inetAddresses)
			.filter((a) -> a instanceof Inet4Address && !a.isLoopbackAddress())
			.findFirst();
		if (other.isPresent()) {
			assertThatThrownBy(() -> {
				try (Socket outside = new Socket()) {
					outside.connect(new InetSocketAddress(other.get(), this.port), 2000);
				}
			}).isInstanceOf(IOException.class);
		}
	}

}
