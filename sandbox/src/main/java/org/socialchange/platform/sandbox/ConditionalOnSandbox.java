package org.socialchange.platform.sandbox;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/** Active only in sandbox mode, as {@link SandboxMode} decides it. */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Conditional(SandboxMode.Active.class)
public @interface ConditionalOnSandbox {

}
