/**
 * The message catalogue in six languages, language matching and the catalogue validator;
 * depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Translations", allowedDependencies = {})
package org.socialchange.platform.translations;
