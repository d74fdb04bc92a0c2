package org.socialchange.platform;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The configuration that test slices of the admin web start from; each slice decides what
 * of the scanned components it loads.
 */
@SpringBootApplication(proxyBeanMethods = false)
class AdminWebTestApplication {

}
