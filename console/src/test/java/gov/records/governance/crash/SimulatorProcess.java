package gov.records.governance.crash;

import com.sun.net.httpserver.HttpServer;
import gov.records.governance.connectors.AccountCounts;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.groups.PlatformControls;
import gov.records.governance.platforms.PlatformKind;
import gov.records.governance.simulator.BackendSimulator;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;

/**
 * The Wickr network of the console's database, served by the backend simulator in a
 * process of its own, so it outlives every console it is killed under. Arguments: JDBC
 * URL, user, password, access key id, secret, the file to write
 * {@code <backend port> <admin port>} to. The admin port answers
 * {@code GET /applied?group=ID} with how many writes changed that group. Two more
 * arguments, if given, are the backend's and the admin's ports (else any free ones).
 */
public final class SimulatorProcess {

	private SimulatorProcess() {
	}

	public static void main(String[] args) throws Exception {
		BackendSimulator.Builder builder = BackendSimulator.builder().awsCredentials(args[3], args[4], "us-east-1");
		int adminPort = 0;
		if (args.length >= 8) {
			builder.port(Integer.parseInt(args[6]));
			adminPort = Integer.parseInt(args[7]);
		}
		try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
			long platform;
			try (ResultSet rs = db.createStatement()
				.executeQuery("select id, external_id, name from platform where kind = 'WICKR' order by id")) {
				rs.next();
				platform = rs.getLong(1);
				builder.wickrNetwork(rs.getString(2), rs.getString(3), true);
			}
			try (PreparedStatement groups = db.prepareStatement("""
					select g.external_id, g.name, v.auto_delete, v.max_lifetime_seconds, v.shredder_intensity,
					       v.capture_enabled
					from messaging_group g join deletion_policy_version v on v.group_id = g.id and v.valid_to is null
					where g.platform_id = ? order by g.id
					""")) {
				groups.setLong(1, platform);
				try (ResultSet rs = groups.executeQuery()) {
					while (rs.next()) {
						long lifetime = rs.getLong(4);
						Duration max = rs.wasNull() ? null : Duration.ofSeconds(lifetime);
						DeletionSettings settings = new DeletionSettings(rs.getBoolean(3), max, null, rs.getInt(5),
								rs.getBoolean(6));
						builder.group(PlatformKind.WICKR, rs.getString(1), rs.getString(2),
								PlatformControls.pushed(PlatformKind.WICKR, settings), new AccountCounts(1, 0, 0));
					}
				}
			}
		}
		BackendSimulator simulator = builder.build().start();
		HttpServer admin = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), adminPort), 16);
		admin.createContext("/applied", (exchange) -> {
			String group = exchange.getRequestURI().getQuery().substring("group=".length());
			byte[] body = Long.toString(simulator.counters().applied(PlatformKind.WICKR, group))
				.getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		admin.start();
		Path ports = Path.of(args[5]);
		Path temporary = ports.resolveSibling(ports.getFileName() + ".tmp");
		Files.writeString(temporary, simulator.baseUri().getPort() + " " + admin.getAddress().getPort());
		Files.move(temporary, ports);
		Thread.currentThread().join();
	}

}
