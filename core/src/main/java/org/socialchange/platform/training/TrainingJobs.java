package org.socialchange.platform.training;

import java.time.Clock;
import java.time.Instant;

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

/**
 * The Quartz job of training, stored in Quartz's tables so one instance of the cluster
 * runs each firing: at the start of every minute, new members of the audiences are
 * enrolled, the prompts due are queued, and unanswered questions of a day ago get their
 * one reminder.
 */
final class TrainingJobs {

	private static final Logger log = LoggerFactory.getLogger(TrainingJobs.class);

	private TrainingJobs() {
	}

	@DisallowConcurrentExecution
	static class EveryMinute extends QuartzJobBean {

		private final PromptDispatch dispatch;

		private final Clock clock;

		EveryMinute(PromptDispatch dispatch, Clock clock) {
			this.dispatch = dispatch;
			this.clock = clock;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			Instant now = this.clock.instant();
			int enrolled = this.dispatch.enrol(now);
			int prompts = this.dispatch.run(now);
			int reminders = this.dispatch.remind(now);
			if (enrolled + prompts + reminders > 0) {
				log.info("Training: {} enrolled, {} prompts and {} reminders queued", enrolled, prompts, reminders);
			}
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Schedule {

		@Bean
		JobDetail trainingPromptsJob() {
			return JobBuilder.newJob(EveryMinute.class)
				.withIdentity("training-prompts", "training")
				.storeDurably()
				.build();
		}

		@Bean
		Trigger trainingPromptsTrigger(JobDetail trainingPromptsJob) {
			return TriggerBuilder.newTrigger()
				.forJob(trainingPromptsJob)
				.withIdentity("training-prompts-every-minute", "training")
				.withSchedule(
						CronScheduleBuilder.cronSchedule("0 * * * * ?").withMisfireHandlingInstructionFireAndProceed())
				.build();
		}

	}

}
