/**
 * Personal data in one place: every feature contributes its part of an educator's export
 * and erasure through {@link org.socialchange.platform.privacy.PersonalData}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy", allowedDependencies = "identity")
package org.socialchange.platform.privacy;
