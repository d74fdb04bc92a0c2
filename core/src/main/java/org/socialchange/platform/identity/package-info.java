/**
 * Typed identifiers shared by every module's API, so an educator's id cannot be passed
 * where a chat is meant.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.socialchange.platform.identity;
