/**
 * The admin web: coordinators sign in, compose and schedule broadcasts and see what was
 * delivered; controllers and templates per feature.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Admin web",
		allowedDependencies = { "audit", "broadcasts", "coordinators", "delivery", "educators", "groups", "identity",
				"initiatives", "training", "translations" })
package org.socialchange.platform.admin;
