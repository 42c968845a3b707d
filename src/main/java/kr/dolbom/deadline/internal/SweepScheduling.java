package kr.dolbom.deadline.internal;

import java.sql.DatabaseMetaData;
import java.time.ZoneId;
import java.util.Properties;
import java.util.TimeZone;

import javax.sql.DataSource;

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
import org.quartz.impl.jdbcjobstore.PostgreSQLDelegate;
import org.quartz.impl.jdbcjobstore.StdJDBCDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * The persistent, cluster-safe scheduler of architecture.md "Jobs": Quartz with its JDBC job store
 * in cluster mode on the application's database (tables from this module's Flyway migrations).
 * Every node runs a scheduler; the job store's row locks let exactly one node fire each scheduled
 * time. The daily sweep's trigger is registered once and kept across restarts, so that a sweep
 * missed while every node was down runs as soon as one node is up again (misfire: fire now).
 */
@Configuration(proxyBeanMethods = false)
class SweepScheduling {

	static final JobKey SWEEP_JOB = JobKey.jobKey("daily-sweep", "deadline");
	static final TriggerKey SWEEP_TRIGGER = TriggerKey.triggerKey("daily-sweep", "deadline");
	static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

	private static final Logger log = LoggerFactory.getLogger(SweepScheduling.class);

	/**
	 * Cluster mode and the driver delegate of the database in use (BYTEA needs the PostgreSQL one),
	 * unless {@code spring.quartz.properties} says otherwise.
	 */
	@Bean
	SchedulerFactoryBeanCustomizer clusteredJobStore(DataSource dataSource, QuartzProperties quartz) {
		return factory -> {
			var properties = new Properties();
			properties.putAll(quartz.getProperties());
			properties.putIfAbsent("org.quartz.scheduler.instanceId", "AUTO");
			properties.putIfAbsent("org.quartz.jobStore.isClustered", "true");
			properties.putIfAbsent("org.quartz.jobStore.clusterCheckinInterval", "15000");
			properties.putIfAbsent("org.quartz.jobStore.misfireThreshold", "60000");
			properties.putIfAbsent("org.quartz.threadPool.threadCount", "2");
			properties.putIfAbsent("org.quartz.jobStore.driverDelegateClass", delegateFor(dataSource));
			factory.setQuartzProperties(properties);
		};
	}

	static String delegateFor(DataSource dataSource) {
		try {
			String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
			return "PostgreSQL".equals(product) ? PostgreSQLDelegate.class.getName() : StdJDBCDelegate.class.getName();
		}
		catch (MetaDataAccessException e) {
			throw new IllegalStateException("cannot tell which database Quartz runs on", e);
		}
	}

	/** Registers the sweep's job and daily trigger, or updates the trigger when the cron changed. */
	@Bean
	ApplicationRunner dailySweepSchedule(Scheduler scheduler, DeadlineSettings settings) {
		return (ApplicationArguments args) -> register(scheduler, settings.sweepCron());
	}

	static void register(Scheduler scheduler, String cron) throws SchedulerException {
		var job = JobBuilder.newJob(DailySweepJob.class).withIdentity(SWEEP_JOB)
				.withDescription("deadline sweep: overdue marking and reminders")
				.storeDurably().requestRecovery().build();
		try {
			if (!scheduler.checkExists(SWEEP_JOB)) {
				scheduler.addJob(job, false);
			}
			var existing = scheduler.getTrigger(SWEEP_TRIGGER);
			if (existing == null) {
				scheduler.scheduleJob(dailyTrigger(cron));
				log.info("Daily deadline sweep scheduled: {} (Asia/Seoul)", cron);
			}
			else if (!(existing instanceof CronTrigger current && current.getCronExpression().equals(cron)
					&& current.getTimeZone().getID().equals(KOREA.getId()))) {
				scheduler.rescheduleJob(SWEEP_TRIGGER, dailyTrigger(cron));
				log.info("Daily deadline sweep rescheduled: {} (Asia/Seoul)", cron);
			}
		}
		catch (ObjectAlreadyExistsException e) {
			log.debug("Another node registered the daily sweep at the same time: {}", e.getMessage());
		}
	}

	static Trigger dailyTrigger(String cron) {
		return TriggerBuilder.newTrigger().withIdentity(SWEEP_TRIGGER).forJob(SWEEP_JOB)
				.withDescription("daily deadline sweep")
				.withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone(KOREA))
						.withMisfireHandlingInstructionFireAndProceed())
				.build();
	}
}
