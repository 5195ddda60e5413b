package gov.records.governance.connectors.wickr;

import gov.records.governance.connectors.CaptureState;
import gov.records.governance.connectors.transport.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Wickr's capture state: on only when the network setting {@code dataRetention} is true
 * and the data-retention bot exists, is active, registered, has the service enabled and
 * has acknowledged the public-key message. The bot is customer-run, so "on" here means
 * configured and reported healthy, not proven to be saving messages.
 */
final class WickrCapture {

	static final String MECHANISM = "Wickr data-retention bot";

	private WickrCapture() {
	}

	static boolean dataRetentionSetting(JsonNode settingsAnswer) {
		for (JsonNode setting : Json.array(settingsAnswer, "settings")) {
			if ("dataRetention".equals(Json.text(setting, "optionName", ""))) {
				return Json.flag(setting, "value", false);
			}
		}
		return false;
	}

	static CaptureState state(boolean dataRetentionSetting, JsonNode bot) {
		Map<String, Boolean> flags = new LinkedHashMap<>();
		flags.put("dataRetention", dataRetentionSetting);
		for (String flag : new String[] { "botExists", "isBotActive", "isDataRetentionBotRegistered",
				"isDataRetentionServiceEnabled", "isPubkeyMsgAcked" }) {
			flags.put(flag, Json.flag(bot, flag, false));
		}
		boolean enabled = flags.values().stream().allMatch(Boolean::booleanValue);
		return new CaptureState(true, enabled, MECHANISM, flags);
	}

}
