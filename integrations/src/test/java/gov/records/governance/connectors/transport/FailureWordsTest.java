package gov.records.governance.connectors.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.MalformedChunkCodingException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.junit.jupiter.api.Test;

/** Connection failures in the words a console user reads, never a class name. */
class FailureWordsTest {

	@Test
	void eachKindOfConnectionFailureHasItsWords() {
		assertThat(FailureWords.connection(new NoHttpResponseException("x")))
			.isEqualTo("the backend closed the connection without answering");
		assertThat(FailureWords.connection(new ConnectionClosedException("x")))
			.isEqualTo("the backend closed the connection before its answer was complete");
		assertThat(FailureWords.connection(new MalformedChunkCodingException("x")))
			.isEqualTo("the backend's answer was not valid HTTP");
		assertThat(FailureWords.connection(new UnknownHostException("wickr.example")))
			.isEqualTo("the backend's host name is not known");
		assertThat(FailureWords.connection(new ConnectException("Connection refused")))
			.isEqualTo("the backend refused the connection (nothing listens there, or a firewall)");
		assertThat(FailureWords.connection(new NoRouteToHostException("x")))
			.isEqualTo("there is no network route to the backend");
		assertThat(FailureWords.connection(new SSLHandshakeException("PKIX path building failed")))
			.isEqualTo("the secure (TLS) connection to the backend could not be set up");
		assertThat(FailureWords.connection(new SocketException("Connection reset by peer")))
			.isEqualTo("the backend reset the connection");
		assertThat(FailureWords.connection(new SocketException("Broken pipe")))
			.isEqualTo("the connection to the backend failed");
	}

	@Test
	void theConnectorsOwnWordsPassButAClassNameDoesNot() {
		assertThat(FailureWords.connection(new IOException("the answer ended after 120 of 400 bytes")))
			.isEqualTo("the answer ended after 120 of 400 bytes");
		assertThat(FailureWords.connection(new IOException("java.io.EOFException: unexpected end")))
			.isEqualTo("the connection to the backend failed");
		assertThat(FailureWords.of(new IllegalStateException("A Wickr networkId has 8 digits")))
			.isEqualTo("A Wickr networkId has 8 digits");
		assertThat(FailureWords.of(new NullPointerException("x"))).isEqualTo(FailureWords.INTERNAL);
	}

}
