package kr.dolbom.deadline.internal;

import org.quartz.CronExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dueSoonWorkingDays a reminder is sent when an open deadline is due within this many
 *        working days ({@code DOLBOM_DEADLINE_DUE_SOON_DAYS}, default 2; 0 = only on the due day)
 * @param sweepCron when the daily sweep runs, a Quartz cron expression in Asia/Seoul time
 *        ({@code DOLBOM_DEADLINE_SWEEP_CRON}, default {@code 0 30 0 * * ?} = 00:30 every day)
 */
@ConfigurationProperties("dolbom.deadline")
public record DeadlineSettings(@DefaultValue("2") int dueSoonWorkingDays, @DefaultValue("0 30 0 * * ?") String sweepCron) {

	public DeadlineSettings {
		if (dueSoonWorkingDays < 0 || dueSoonWorkingDays > 20) {
			throw new IllegalArgumentException("dolbom.deadline.due-soon-working-days must be between 0 and 20");
		}
		if (!CronExpression.isValidExpression(sweepCron)) {
			throw new IllegalArgumentException("dolbom.deadline.sweep-cron is not a valid Quartz cron expression: " + sweepCron);
		}
	}
}
