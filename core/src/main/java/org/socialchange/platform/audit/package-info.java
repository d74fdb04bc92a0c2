/**
 * The audit log: who did what, when, for coordinators' accountability; written in the
 * transaction of the action it records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = { "broadcasts",
		"coordinators", "educators", "groups", "identity", "initiatives", "privacy", "training" })
package org.socialchange.platform.audit;
