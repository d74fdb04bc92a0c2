package org.socialchange.platform.groups;

import org.socialchange.platform.identity.EducatorId;

/** An educator asked to join a group that admits by approval; its facilitators decide. */
public record JoinRequested(long groupId, EducatorId educatorId) {
}
