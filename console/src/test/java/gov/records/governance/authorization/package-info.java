/**
 * The standing authorization matrix (issue 12, build item 4): every operation of the API
 * document and every Vaadin route, for every demo role and anonymous, inside and outside
 * the component administrator's scope, checked over real HTTP against one decision table.
 */
@NullMarked
package gov.records.governance.authorization;

import org.jspecify.annotations.NullMarked;
