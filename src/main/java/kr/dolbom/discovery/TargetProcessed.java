package kr.dolbom.discovery;

/** Published when an office registers a target's result. */
public record TargetProcessed(TargetId target, RoundId round, String officeCode, TargetResult result) {
}
