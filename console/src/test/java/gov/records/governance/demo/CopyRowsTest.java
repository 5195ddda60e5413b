package gov.records.governance.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CopyRowsTest {

	@Test
	void readsTableColumnsAndConstantsFromTheInsert() {
		CopyRows rows = CopyRows.of("""
				insert into messaging_group (id, platform_id, organization_id, external_id, name, created_at, version)
				values (?, ?, ?, ?, ?, ?, 0)
				""");
		assertThat(rows.copyStatement()).isEqualTo(
				"copy messaging_group (id, platform_id, organization_id, external_id, name, created_at, version) from stdin (format csv)");
		assertThat(rows.line(new Object[] { 7L, 1L, 9L, "sg-000007", "FEC-OPS \"Press\" Desk, 1",
				OffsetDateTime.ofInstant(Instant.parse("2024-01-15T00:00:00Z"), ZoneOffset.UTC) }))
			.isEqualTo("7,1,9,\"sg-000007\",\"FEC-OPS \"\"Press\"\" Desk, 1\",2024-01-15T00:00:00Z,0\n");
	}

	@Test
	void writesNullAsNothingAndAnEmptyTextQuoted() {
		CopyRows rows = CopyRows.of("insert into legal_hold (id, released_at, title, official) values (?, null, ?, ?)");
		assertThat(rows.line(new Object[] { 1L, "", true })).isEqualTo("1,,\"\",true\n");
		assertThat(rows.line(new Object[] { 2L, null, false })).isEqualTo("2,,,false\n");
	}

	@Test
	void refusesWhatItCannotCopy() {
		assertThatIllegalArgumentException().isThrownBy(() -> CopyRows.of("update account set status = ?"))
			.withMessageContaining("not an insert");
		assertThatIllegalArgumentException().isThrownBy(() -> CopyRows.of("insert into t (a, b) values (?)"))
			.withMessageContaining("2 columns but 1 values");
		assertThatIllegalArgumentException().isThrownBy(() -> CopyRows.of("insert into t (a, b) values (?, 'x')"))
			.withMessageContaining("neither ? nor a constant");
		CopyRows rows = CopyRows.of("insert into t (a, b) values (?, ?)");
		assertThatIllegalArgumentException().isThrownBy(() -> rows.line(new Object[] { 1L }))
			.withMessageContaining("fewer than the statement's parameters");
		assertThatIllegalArgumentException().isThrownBy(() -> rows.line(new Object[] { 1L, 2L, 3L }))
			.withMessageContaining("3 values for 2 parameters");
	}

}
