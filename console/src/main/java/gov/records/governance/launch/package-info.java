/**
 * Starting the packaged console as a process of its own on a free port and waiting for
 * its login page: used by the browser, crash and several-instance tests and by the
 * start-up benchmark (benchmarks module). Holds no Spring bean.
 */
@NullMarked
package gov.records.governance.launch;

import org.jspecify.annotations.NullMarked;
