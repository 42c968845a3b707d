package kr.dolbom.discovery.internal;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * The daily Quartz job (clustered JDBC job store of the deadline module: one node fires each
 * scheduled time) that closes targets unprocessed 6 months after distribution.
 */
@DisallowConcurrentExecution
public class UnprocessedClosingJob extends QuartzJobBean {

	private final UnprocessedClosing closing;

	public UnprocessedClosingJob(UnprocessedClosing closing) {
		this.closing = closing;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		closing.run();
	}
}
