/**
 * Initiatives: what educators do in their communities, the updates they post on them
 * (text, photos, a document), search across six languages, follows with hourly batched
 * notices, "useful" reactions, replies relayed without revealing identities, partner
 * suggestions, reports and moderation, and the digests of peer groups.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Initiatives",
		allowedDependencies = { "delivery", "educators", "groups", "identity", "privacy", "translations" })
package org.socialchange.platform.initiatives;
