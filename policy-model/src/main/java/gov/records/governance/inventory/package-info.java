/**
 * Device inventories from mobile-device management (DD013): finds unsanctioned messaging
 * apps (WhatsApp, Signal, Confide, ...) on government devices, and makes their users
 * known as accounts on those apps' unsanctioned platforms, so that the compliance
 * engine's unsanctioned-platform rule covers them.
 */
@NullMarked
package gov.records.governance.inventory;

import org.jspecify.annotations.NullMarked;
