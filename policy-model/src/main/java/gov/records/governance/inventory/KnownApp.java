package gov.records.governance.inventory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Messaging apps that are not sanctioned for official business, as device inventories
 * name them: by their store names, or by their iOS bundle ids and Android package names.
 * Matching ignores case; anything else in an inventory (mail, maps, the sanctioned apps)
 * is not a sighting.
 */
public enum KnownApp {

	WHATSAPP("WhatsApp", List.of("whatsapp", "whatsapp messenger", "whatsapp business"),
			List.of("net.whatsapp.whatsapp", "net.whatsapp.whatsappsmb", "com.whatsapp", "com.whatsapp.w4b")),
	SIGNAL("Signal", List.of("signal", "signal private messenger", "signal - private messenger"),
			List.of("org.whispersystems.signal", "org.thoughtcrime.securesms")),
	CONFIDE("Confide", List.of("confide", "confide messenger"), List.of()),
	TELEGRAM("Telegram", List.of("telegram", "telegram messenger"),
			List.of("ph.telegra.telegraph", "org.telegram.messenger")),
	WECHAT("WeChat", List.of("wechat", "weixin"), List.of("com.tencent.xin", "com.tencent.mm")),
	MESSENGER("Facebook Messenger", List.of("messenger", "facebook messenger"),
			List.of("com.facebook.messenger", "com.facebook.orca")),
	THREEMA("Threema", List.of("threema"), List.of("ch.threema.app", "ch.threema.iapp")),
	VIBER("Viber", List.of("viber", "rakuten viber messenger"), List.of("com.viber.voip", "com.viber"));

	private final String displayName;

	private final List<String> names;

	private final List<String> bundleIds;

	KnownApp(String displayName, List<String> names, List<String> bundleIds) {
		this.displayName = displayName;
		this.names = names;
		this.bundleIds = bundleIds;
	}

	public String displayName() {
		return this.displayName;
	}

	/** The name of the unsanctioned platform its users are listed on. */
	public String platformName() {
		return this.displayName + " (personal devices)";
	}

	/** The app an inventory's app name or bundle id stands for, if it is one of these. */
	public static Optional<KnownApp> match(String nameOrBundleId) {
		String key = nameOrBundleId.strip().toLowerCase(Locale.ROOT);
		for (KnownApp app : values()) {
			if (app.names.contains(key) || app.bundleIds.contains(key)
					|| (app == CONFIDE && key.contains(".") && key.contains("confide"))) {
				return Optional.of(app);
			}
		}
		return Optional.empty();
	}

}
