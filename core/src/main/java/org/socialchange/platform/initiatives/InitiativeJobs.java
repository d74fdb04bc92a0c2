package org.socialchange.platform.initiatives;

import java.time.Clock;
import org.quartz.DateBuilder;

import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * The Quartz jobs of initiatives, stored in Quartz's tables so one instance of the
 * cluster runs each: every minute, followers' notices and the digests that are due; every
 * Monday morning, partner suggestions.
 */
final class InitiativeJobs {

	private static final Logger log = LoggerFactory.getLogger(InitiativeJobs.class);

	private InitiativeJobs() {
	}

	/** Followers' notices and group digests due now. */
	@DisallowConcurrentExecution
	static class EveryMinute extends QuartzJobBean {

		private final FollowNotices notices;

		private final GroupDigests digests;

		private final Clock clock;

		EveryMinute(FollowNotices notices, GroupDigests digests, Clock clock) {
			this.notices = notices;
			this.digests = digests;
			this.clock = clock;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			int followers = this.notices.run(this.clock.instant());
			int groups = this.digests.run(this.clock.instant());
			if (followers + groups > 0) {
				log.info("Queued notices for {} followers and digests for {} groups", followers, groups);
			}
		}

	}

	/** This week's partner suggestions. */
	@DisallowConcurrentExecution
	static class Weekly extends QuartzJobBean {

		private final PartnerSuggestions suggestions;

		private final Clock clock;

		Weekly(PartnerSuggestions suggestions, Clock clock) {
			this.suggestions = suggestions;
			this.clock = clock;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			log.info("Suggested {} pairs of partners", this.suggestions.run(this.clock.instant()));
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Schedule {

		@Bean
		JobDetail initiativeNoticesJob() {
			return JobBuilder.newJob(EveryMinute.class)
				.withIdentity("initiative-notices", "initiatives")
				.storeDurably()
				.build();
		}

		@Bean
		Trigger initiativeNoticesTrigger(JobDetail initiativeNoticesJob) {
			return TriggerBuilder.newTrigger()
				.forJob(initiativeNoticesJob)
				.withIdentity("initiative-notices-every-minute", "initiatives")
				.withSchedule(SimpleScheduleBuilder.repeatMinutelyForever()
					.withMisfireHandlingInstructionNextWithRemainingCount())
				.build();
		}

		@Bean
		JobDetail partnerSuggestionsJob() {
			return JobBuilder.newJob(Weekly.class)
				.withIdentity("partner-suggestions", "initiatives")
				.storeDurably()
				.build();
		}

		@Bean
		Trigger partnerSuggestionsTrigger(JobDetail partnerSuggestionsJob) {
			return TriggerBuilder.newTrigger()
				.forJob(partnerSuggestionsJob)
				.withIdentity("partner-suggestions-weekly", "initiatives")
				.withSchedule(CronScheduleBuilder.weeklyOnDayAndHourAndMinute(DateBuilder.MONDAY, 9, 0))
				.build();
		}

	}

}
