package kr.dolbom.discovery.internal;

import java.time.ZoneId;
import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the daily closing of unprocessed targets in the clustered Quartz scheduler the way the
 * deadline module registers its sweep (docs/development.md "Scheduled jobs"): the job and trigger
 * are added when missing and the trigger rescheduled only when the configured cron changed, so a
 * run missed while every node was down fires as soon as one is up again.
 */
@Configuration(proxyBeanMethods = false)
class DiscoveryScheduling {

	public static final JobKey CLOSING_JOB = JobKey.jobKey("unprocessed-targets", "discovery");
	static final TriggerKey CLOSING_TRIGGER = TriggerKey.triggerKey("unprocessed-targets", "discovery");
	static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

	private static final Logger log = LoggerFactory.getLogger(DiscoveryScheduling.class);

	@Bean
	ApplicationRunner unprocessedClosingSchedule(Scheduler scheduler,
			@Value("${dolbom.discovery.closing-cron:0 40 0 * * ?}") String cron) {
		return args -> register(scheduler, cron);
	}

	static void register(Scheduler scheduler, String cron) throws SchedulerException {
		var job = JobBuilder.newJob(UnprocessedClosingJob.class).withIdentity(CLOSING_JOB)
				.withDescription("discovery: close targets unprocessed 6 months after distribution")
				.storeDurably().requestRecovery().build();
		try {
			if (!scheduler.checkExists(CLOSING_JOB)) {
				scheduler.addJob(job, false);
			}
			var existing = scheduler.getTrigger(CLOSING_TRIGGER);
			if (existing == null) {
				scheduler.scheduleJob(trigger(cron));
				log.info("Daily closing of unprocessed discovery targets scheduled: {} (Asia/Seoul)", cron);
			}
			else if (!(existing instanceof CronTrigger current && current.getCronExpression().equals(cron)
					&& current.getTimeZone().getID().equals(KOREA.getId()))) {
				scheduler.rescheduleJob(CLOSING_TRIGGER, trigger(cron));
			}
		}
		catch (ObjectAlreadyExistsException e) {
			log.debug("Another node registered the closing job at the same time: {}", e.getMessage());
		}
	}

	static Trigger trigger(String cron) {
		return TriggerBuilder.newTrigger().withIdentity(CLOSING_TRIGGER).forJob(CLOSING_JOB)
				.withDescription("daily closing of unprocessed discovery targets")
				.withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone(KOREA))
						.withMisfireHandlingInstructionFireAndProceed())
				.build();
	}
}
