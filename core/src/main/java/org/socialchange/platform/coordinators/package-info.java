/** The accounts of the admin web: administrators, coordinators, facilitators, viewers. */
@org.springframework.modulith.ApplicationModule(displayName = "Coordinators", allowedDependencies = { "educators" })
package org.socialchange.platform.coordinators;
