package kr.dolbom.deadline.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * The Quartz job of the daily sweep. Quartz's clustered JDBC job store fires each scheduled time
 * on exactly one node; the job is durable and asks for recovery, so a node that dies during the
 * sweep is replaced by another one, which is safe because the sweep is idempotent.
 */
@DisallowConcurrentExecution
public class DailySweepJob extends QuartzJobBean {

	private final DeadlineSweep sweep;
	private final Clock clock;

	public DailySweepJob(DeadlineSweep sweep, Clock clock) {
		this.sweep = sweep;
		this.clock = clock;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) throws JobExecutionException {
		try {
			var node = context.getScheduler().getSchedulerInstanceId();
			var scheduled = context.getScheduledFireTime() == null ? null
					: OffsetDateTime.ofInstant(context.getScheduledFireTime().toInstant(), clock.getZone());
			sweep.run(LocalDate.now(clock), DeadlineSweep.TriggerKind.SCHEDULED, node, scheduled);
		}
		catch (SchedulerException e) {
			throw new JobExecutionException(e);
		}
	}
}
