package org.socialchange.platform.monitoring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.JobListener;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import org.springframework.stereotype.Component;

/**
 * Counts the runs of every Quartz job in this instance ({@value #RUNS}) and those that
 * failed ({@value #FAILURES}), tagged with the job's name, as a listener Quartz calls
 * after each run. The counters of the jobs declared as beans exist from the start, at
 * zero.
 */
@Component
class JobMetrics implements JobListener, SchedulerFactoryBeanCustomizer {

	static final String RUNS = "platform.jobs.runs";

	static final String FAILURES = "platform.jobs.failures";

	private final MeterRegistry registry;

	JobMetrics(MeterRegistry registry, ObjectProvider<JobDetail> jobs) {
		this.registry = registry;
		jobs.orderedStream().forEach((job) -> {
			runs(job.getKey());
			failures(job.getKey());
		});
	}

	@Override
	public void customize(SchedulerFactoryBean scheduler) {
		scheduler.setGlobalJobListeners(this);
	}

	@Override
	public String getName() {
		return "platform-job-metrics";
	}

	@Override
	public void jobToBeExecuted(JobExecutionContext context) {
	}

	@Override
	public void jobExecutionVetoed(JobExecutionContext context) {
	}

	@Override
	public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
		JobKey job = context.getJobDetail().getKey();
		runs(job).increment();
		if (failure != null) {
			failures(job).increment();
		}
	}

	private Counter runs(JobKey job) {
		return Counter.builder(RUNS)
			.description("Runs of a Quartz job")
			.tag("job", job.getName())
			.register(this.registry);
	}

	private Counter failures(JobKey job) {
		return Counter.builder(FAILURES)
			.description("Runs of a Quartz job that failed")
			.tag("job", job.getName())
			.register(this.registry);
	}

}
