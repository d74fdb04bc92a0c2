/**
 * Training programs: ordered prompts that reach each enrolled educator at the program's
 * local clock time in their own time zone, with choice questions and reflections, and
 * their results for coordinators.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training programs", allowedDependencies = {
		"coordinators", "delivery", "educators", "groups", "identity", "privacy", "translations" })
package org.socialchange.platform.training;
