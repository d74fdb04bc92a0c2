/**
 * The admin web: coordinators sign in, compose and schedule broadcasts and see what was
 * delivered; controllers and templates per feature.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Admin web", allowedDependencies = { "audit",
		"broadcasts", "coordinators", "educators", "groups", "identity", "initiatives", "translations" })
package org.socialchange.platform.admin;
