/**
 * Several instances of the platform on one PostgreSQL: which instances are alive and
 * which one holds a role (the long poller), with PostgreSQL's session advisory locks, so
 * a role is free again the moment its holder's connection dies.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cluster", allowedDependencies = {})
package org.socialchange.platform.cluster;
