package org.socialchange.platform.bot;

import java.time.Clock;
import java.time.Duration;

import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

import org.socialchange.platform.educators.EducatorManagement;

/**
 * Every night, forgets the ids of updates older than a week, so the de-duplication log
 * does not grow without end, the conversations that expired (with whatever answers they
 * held), and people who met the bot a month ago but never consented. One instance of the
 * cluster runs it.
 */
@DisallowConcurrentExecution
class UpdateLogPruningJob extends QuartzJobBean {

	static final Duration KEEP = Duration.ofDays(7);

	static final Duration KEEP_UNCONSENTED = Duration.ofDays(30);

	private static final Logger log = LoggerFactory.getLogger(UpdateLogPruningJob.class);

	private final UpdateInbox updates;

	private final Conversations conversations;

	private final EducatorManagement educators;

	private final Clock clock;

	UpdateLogPruningJob(UpdateInbox updates, Conversations conversations, EducatorManagement educators, Clock clock) {
		this.updates = updates;
		this.conversations = conversations;
		this.educators = educators;
		this.clock = clock;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		int forgotten = this.updates.forgetBefore(this.clock.instant().minus(KEEP));
		int expired = this.conversations.forgetExpired(this.clock.instant());
		int strangers = this.educators.forgetUnconsentedSince(this.clock.instant().minus(KEEP_UNCONSENTED));
		log.info("Forgot {} update ids older than {} days, {} expired conversations and {} people who never consented",
				forgotten, KEEP.toDays(), expired, strangers);
	}

	/** The job and its nightly trigger, stored in Quartz's tables. */
	@Configuration(proxyBeanMethods = false)
	static class Schedule {

		@Bean
		JobDetail updateLogPruning() {
			return JobBuilder.newJob(UpdateLogPruningJob.class)
				.withIdentity("update-log-pruning", "bot")
				.storeDurably()
				.build();
		}

		@Bean
		Trigger updateLogPruningTrigger(JobDetail updateLogPruning) {
			return TriggerBuilder.newTrigger()
				.forJob(updateLogPruning)
				.withIdentity("update-log-pruning-nightly", "bot")
				.withSchedule(CronScheduleBuilder.dailyAtHourAndMinute(3, 17))
				.build();
		}

	}

}
