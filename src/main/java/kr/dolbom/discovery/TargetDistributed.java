package kr.dolbom.discovery;

/** Published once per target when a round (or a 시군구's pick) distributes it to an office. */
public record TargetDistributed(TargetId target, RoundId round, String officeCode) {
}
