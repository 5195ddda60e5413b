package gov.records.governance.reports.bundle;

import java.io.IOException;
import java.io.OutputStream;

/** Writes one file's content; called once, so content can be streamed as it is made. */
@FunctionalInterface
public interface ContentWriter {

	void writeTo(OutputStream out) throws IOException;

}
