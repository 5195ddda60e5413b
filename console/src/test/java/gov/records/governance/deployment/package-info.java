/**
 * Tests of the deployment files under {@code docker/}: the compose file is checked by
 * {@code docker-compose config} and against the {@code prod} profile's settings.
 */
@NullMarked
package gov.records.governance.deployment;

import org.jspecify.annotations.NullMarked;
