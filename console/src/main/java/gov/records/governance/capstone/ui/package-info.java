/**
 * The Capstone view: the agency's NA-1005 forms, their positions, the designations made
 * from them and the suggested matches records officers decide.
 */
@NullMarked
package gov.records.governance.capstone.ui;

import org.jspecify.annotations.NullMarked;
