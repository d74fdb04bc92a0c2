package org.socialchange.platform.initiatives;

import java.util.Optional;

import org.socialchange.platform.educators.Country;

/** The author of an initiative or update, as a viewer who may see them sees them. */
public record Author(long educatorId, String displayName, Optional<Country> country, Optional<String> region) {

}
