/**
 * The crash suite (issue 12, build 2): the packaged console killed with SIGKILL at many
 * points of a change's life, against a backend simulator in its own process.
 */
@NullMarked
package gov.records.governance.crash;

import org.jspecify.annotations.NullMarked;
