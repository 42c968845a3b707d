/**
 * Deadlines: the working-day calendar (weekends, public holidays, local closures), the deadline
 * rules of domain.md §5 as versioned configuration, the deadlines of cases, targets and referrals
 * with their due, done and overdue state, the daily sweep that marks overdue deadlines and sends
 * reminders, and the work queues. Other modules open and complete deadlines through
 * {@link kr.dolbom.deadline.Deadlines}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deadlines", allowedDependencies = { "shared", "org", "audit" })
package kr.dolbom.deadline;
