package org.socialchange.platform.browser;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.WebDriver;

/**
 * One headless Chromium for a browser test class: started before its tests, quit after
 * them, and a screenshot under {@code target/} of the page a failing test left
 * ({@code <name>-<test>-failure.png}).
 */
final class ChromiumSession implements BeforeAllCallback, AfterAllCallback, TestExecutionExceptionHandler {

	private final String windowSize;

	private final String name;

	private WebDriver driver;

	ChromiumSession(String windowSize, String name) {
		this.windowSize = windowSize;
		this.name = name;
	}

	WebDriver driver() {
		return this.driver;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		this.driver = HeadlessChromium.start(this.windowSize);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Override
	public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
		if (this.driver != null) {
			HeadlessChromium.screenshot(this.driver,
					this.name + "-" + context.getRequiredTestMethod().getName() + "-failure");
		}
		throw failure;
	}

}
