/** Where the data lives: the embedded PostgreSQL unless an external database is named. */
@org.springframework.modulith.ApplicationModule(displayName = "Database", allowedDependencies = {})
package org.socialchange.platform.database;
