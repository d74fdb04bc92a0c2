package org.socialchange.platform.sandbox;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/** Active only in sandbox mode: no Telegram bot token is configured. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ConditionalOnExpression("'${platform.telegram.token:}'.isBlank()")
@interface ConditionalOnSandbox {

}
