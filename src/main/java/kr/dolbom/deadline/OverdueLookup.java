package kr.dolbom.deadline;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Which subjects (cases, targets) have an open deadline past its due date — for lists that mark or
 * filter overdue records in one query instead of one per record. No scope check: the calling
 * module passes only subjects or offices its user may see.
 */
public interface OverdueLookup {

	/** Those of the given subjects that have an overdue step on {@code today}. */
	Set<UUID> overdueAmong(SubjectType type, Collection<UUID> subjectIds, LocalDate today);

	/** Every subject of the type, in the given offices, that has an overdue step on {@code today}. */
	Set<UUID> overdueIn(SubjectType type, Collection<String> officeCodes, LocalDate today);
}
